# itertools.count: the integer fast path, other steps and number types, reprs, errors.
from itertools import count, islice

c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10), 3)), list(islice(count(5, -2), 4)), list(islice(count(-3), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(1, 0.5), 3)))
print(repr(count(5)), repr(count(1.5, 0.5)), repr(count(0, 2)), repr(count(1, 1.0)), repr(count(1.0, 1)))
print(repr(count(step=3)), repr(count(start=-7)), repr(count(1, True)), repr(count(True)))
print(list(islice(count(True), 3)), list(islice(count(False, 2), 3)))
# Crossing the immediate-int boundary (2**47) and beyond 64 bits.
big = count(2**47 - 2)
print([next(big) for _ in range(4)])
neg = count(-2**47 + 1, -1)
print([next(neg) for _ in range(3)])
huge = count(2**64 - 1)
print(next(huge), next(huge), repr(huge))
print(repr(count(2**70, 3)), list(islice(count(2**70, -2**69), 3)))
c = count(7)
print(list(zip('abc', c)), next(c))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __float__(self):
        return self.cents / 100

    def __repr__(self):
        return 'Money(%d)' % self.cents


m = count(Money(100), Money(25))
print(next(m), next(m), repr(m))


class Count2(count):
    pass


c2 = Count2(3, 2)
print(repr(c2), next(c2), next(c2), isinstance(c2, count), type(c2).__name__)
print(iter(c) is c, type(c).__name__, type(c).__module__, count.__name__)
for args, kw in [(('a',), {}), ((1, 'b'), {}), ((1, 2, 3), {}), ((), {'x': 1}), ((None,), {}), ((1,), {'start': 2})]:
    try:
        count(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    count()[0]
except TypeError as e:
    print('TypeError:', e)
