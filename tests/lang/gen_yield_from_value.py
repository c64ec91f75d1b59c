# `yield from`: delegation, and the subgenerator's return value.
def inner(n):
    for i in range(n):
        yield i
    return 'inner finished with %d items' % n

def outer():
    r1 = yield from inner(2)
    print('  r1 =', r1)
    r2 = yield from inner(3)
    print('  r2 =', r2)
    return (r1, r2)

g = outer()
print(list(g))

def run_to_end(gen):
    while True:
        try:
            print('  item', next(gen))
        except StopIteration as e:
            return e.value

print(run_to_end(outer()))

def returns_only():
    return 42
    yield

def use_return():
    x = yield from returns_only()
    yield x * 2

print(list(use_return()))
try:
    next(returns_only())
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)

def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x

def collector(results):
    while True:
        total = yield from accumulate()
        results.append(total)

res = []
c = collector(res)
next(c)
for v in [1, 2, 3, None, 10, 20, None, None]:
    c.send(v)
print(res)

def no_return():
    yield 1

def check():
    value = yield from no_return()
    yield 'value was %r' % (value,)

print(list(check()))

def bad_delegate():
    yield from 5

try:
    list(bad_delegate())
except TypeError as e:
    print('TypeError:', e)
