# A hand-written memoizing decorator with a visible cache and a cache-clear helper.
def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        wrapper.misses += 1
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.hits = wrapper.misses = 0
    wrapper.cache = cache
    wrapper.clear = cache.clear
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.hits, fib.misses, len(fib.cache))
print(fib(100))
fib.clear()
print(len(fib.cache), fib(10), len(fib.cache))


@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), paths(16, 16))


@memoize
def slow_upper(s):
    print('  computing', s)
    return s.upper()


print(slow_upper('a'), slow_upper('a'), slow_upper('b'), slow_upper.hits)
try:
    slow_upper(['unhashable'])
except TypeError as e:
    print('TypeError:', e)


@memoize
def failing(x):
    raise ValueError('failure is not cached: %r' % x)


for _ in range(2):
    try:
        failing(1)
    except ValueError as e:
        print('ValueError:', e, failing.misses)
