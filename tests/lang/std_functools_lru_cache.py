# functools.lru_cache / cache: memoisation, cache_info, maxsize eviction, cache_clear.
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
calls = []


@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 1, 2, 2]:
    slow(x)
print(calls, slow.cache_info())


@lru_cache
def no_parens(a, b=1):
    calls.append(('np', a, b))
    return a + b


calls.clear()
print(no_parens(1), no_parens(1), no_parens(1, 1), no_parens(a=1), no_parens(1, b=1), calls)
print(no_parens.cache_info())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(20), factorial.cache_info())


@lru_cache(maxsize=32, typed=True)
def typed_fn(x):
    calls.append(type(x).__name__)
    return x


calls.clear()
typed_fn(1)
typed_fn(1.0)
typed_fn(1)
print(calls, typed_fn.cache_info().currsize)
print(fib.__name__, fib.__wrapped__(10), type(fib.cache_info()).__name__, fib.cache_info()._fields)
try:
    slow([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    lru_cache(maxsize='big')
except TypeError as e:
    print('TypeError:', e)
