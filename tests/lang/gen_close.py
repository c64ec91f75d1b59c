# generator.close(): GeneratorExit at the paused yield, finally blocks, return values.
def worker(name):
    print('  %s: start' % name)
    try:
        while True:
            item = yield
            print('  %s: processing %r' % (name, item))
    except GeneratorExit:
        print('  %s: got GeneratorExit' % name)
        raise
    finally:
        print('  %s: cleanup' % name)

w = worker('w1')
next(w)
w.send('a')
w.send('b')
w.close()
print('closed')
w.close()
print('second close is a no-op')
try:
    w.send('c')
except StopIteration:
    print('send after close: StopIteration')
unstarted = worker('w2')
unstarted.close()
print('closing an unstarted generator runs nothing')

def finite():
    try:
        yield 1
    finally:
        print('  finite finally')

f = finite()
print(list(f))
f.close()

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('  swallowing and returning')
        return 'ignored return'

s = swallow()
next(s)
print('close returned', s.close())

def yields_again():
    try:
        yield 1
    except GeneratorExit:
        yield 'oops'

y = yields_again()
next(y)
try:
    y.close()
except RuntimeError as e:
    print('RuntimeError:', e)

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('cleanup failed')

r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print('ValueError from close:', e)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
