# generator.send(): the value of a yield expression, priming, and send(None).
def echo():
    print('  primed')
    received = None
    while True:
        received = yield 'echo: %r' % (received,)
        print('  got', received)


e = echo()
print(next(e))
print(e.send('hello'))
print(e.send(42))
print(next(e))
print(e.send(None))


def running_average():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


ra = running_average()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])


def numbered():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1


nb = numbered()
print(nb.send(None), nb.send(None), nb.send(10), nb.send('reset'), next(nb), nb.send(5))


def two_yields_per_step():
    a = yield 'first'
    b = yield 'got a=%s' % a
    yield 'got b=%s' % b


t = two_yields_per_step()
print(t.send(None), t.send('A'), t.send('B'))
try:
    t.send('C')
except StopIteration:
    print('StopIteration after last yield')
fresh = echo()
try:
    fresh.send('too early')
except TypeError as err:
    print('TypeError:', err)
done = two_yields_per_step()
list(done)
try:
    done.send(1)
except StopIteration as err:
    print('StopIteration on exhausted generator', err.value)
