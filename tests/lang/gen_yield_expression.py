# yield as an expression in various positions: assignments, arguments, parentheses.
def gen():
    x = yield 1
    print('  x =', x)
    y = (yield 2) + 10
    print('  y =', y)
    z = [(yield 3), (yield 4)]
    print('  z =', z)
    print('  call with yield:', str((yield 5)))
    w = yield
    print('  w =', w)
    yield


g = gen()
print(next(g))
print(g.send('X'))
print(g.send(5))
print(g.send('first'))
print(g.send('second'))
print(g.send('in call'))
print(g.send('W'))


def lambda_yield():
    f = lambda: (yield 'from lambda')
    return f


lg = lambda_yield()()
print(type(lg).__name__, next(lg))


def yield_in_condition(items):
    for it in items:
        if (yield it):
            print('  consumer said stop at', it)
            return


g2 = yield_in_condition([1, 2, 3, 4])
print(next(g2), g2.send(False), g2.send(None))
try:
    g2.send(True)
except StopIteration:
    print('stopped')


def tuple_yield():
    a = yield 1, 2
    yield a


t = tuple_yield()
print(next(t), t.send(('p', 'q')))


def augmented():
    total = 0
    while True:
        total += yield total


ag = augmented()
print(next(ag), ag.send(5), ag.send(7))
try:
    ag.send('x')
except TypeError as e:
    print('TypeError:', e)
