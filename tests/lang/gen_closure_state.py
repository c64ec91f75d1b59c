# Generators keep their local state between resumptions and capture closures.
def make_counter(step):
    def counter(start):
        n = start
        while True:
            yield n
            n += step
    return counter


by3 = make_counter(3)
a, b = by3(0), by3(100)
print([next(a) for _ in range(4)], [next(b) for _ in range(2)], next(a))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(1, 4)]
print([list(g) for g in gens])
gens_late = [(k * i for i in range(3)) for k in range(1, 4)]
print([list(g) for g in gens_late])


def stateful():
    history = []
    while True:
        x = yield list(history)
        history.append(x)


s = stateful()
next(s)
s.send('a')
print(s.send('b'), s.send('c'))


def fib_memo():
    cache = [0, 1]
    i = 0
    while True:
        if i >= len(cache):
            cache.append(cache[-1] + cache[-2])
        yield i, cache[i], len(cache)
        i += 1


f = fib_memo()
print([next(f) for _ in range(8)])
x = 'global'


def sees_global():
    yield x
    yield x


g = sees_global()
first = next(g)
x = 'changed'
print(first, next(g))


def independent():
    count = 0
    while True:
        count += 1
        yield count


g1, g2 = independent(), independent()
print(next(g1), next(g1), next(g1), next(g2))
unbound = (lambda: (yield_var for yield_var in [undefined_thing]))
try:
    unbound()
except NameError as e:
    print('NameError:', e)
