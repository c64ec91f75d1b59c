# lru_cache and cache: hits and misses, eviction order, typed keys, clearing, methods.
from functools import lru_cache, cache

log = []


@lru_cache(maxsize=3)
def square(n):
    log.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(n)
print(log, square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info().misses)


@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().currsize > 100, ways.__name__, ways.__wrapped__.__name__)


@lru_cache(typed=True)
def kind(x):
    log.append(type(x).__name__)
    return x


log.clear()
kind(1), kind(1.0), kind(True), kind(1), kind(x=1), kind(x=1)
print(log, kind.cache_info())


@lru_cache(0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info(), lru_cache(-5)(abs).cache_info().maxsize)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200), fib.cache_info(), fib.cache_parameters())


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=8)
    def area(self, scale=1):
        log.append(('area', self.r, scale))
        return 3 * self.r * self.r * scale

    def __hash__(self):
        return hash(self.r)

    def __eq__(self, other):
        return self.r == other.r


log.clear()
c = Circle(2)
print(c.area(), c.area(), Circle(2).area(), c.area(scale=2), log, Circle.area.cache_info())
for fn in (lambda: square([1]), lambda: lru_cache('big'), lambda: lru_cache(maxsize=1.5),
           lambda: square(), lambda: fib(1, 2)):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError:', e)
print(type(square.cache_info()).__name__, square.cache_info()._fields, square.cache_info().hits)
