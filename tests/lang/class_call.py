# Callable instances with __call__: counters, adders, callable(), errors.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(Adder(100), [1, 2, 3])), sorted([3, 1, 2], key=Adder(-10)))


class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)


def square(x):
    return x * x


sq = CallCounter(square)
print([sq(i) for i in range(5)], sq.calls)


class Chain:
    def __init__(self, path=''):
        self.path = path

    def __call__(self, part):
        return Chain(self.path + '/' + part)

    def __repr__(self):
        return 'Chain(%r)' % self.path


print(Chain()('usr')('local')('bin'))


class NotCallable:
    pass


print(callable(NotCallable()), callable(print), callable(1))
try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)
try:
    add5()
except TypeError as e:
    print('TypeError:', e)
try:
    add5(1, bogus=2)
except TypeError as e:
    print('TypeError:', e)


class Later:
    pass


obj = Later()
obj.__call__ = lambda: 'instance attribute'
try:
    obj()
except TypeError as e:
    print('TypeError:', e)
Later.__call__ = lambda self: 'class attribute'
print(obj())
