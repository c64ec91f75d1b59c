# Functions as values: passing, returning, storing in containers.
def apply_twice(f, x):
    return f(f(x))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
def double(x):
    return x * 2
def inc(x):
    return x + 1
print(apply_twice(double, 3), apply_twice(inc, 3), apply_twice(str.upper, 'a'))
pipeline = compose(str, double, inc)
print(repr(pipeline(4)))
print(compose()(42))
ops = {'double': double, 'inc': inc, 'neg': lambda v: -v}
for name in ('double', 'inc', 'neg'):
    print(name, ops[name](10))
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
a, b = make_counter(), make_counter()
print(a(), a(), b(), a())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
def slow_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)
fast_fib = memoize(slow_fib)
print(fast_fib(80))
def partial(fn, *bound, **kwbound):
    def call(*args, **kwargs):
        merged = dict(kwbound)
        merged.update(kwargs)
        return fn(*(bound + args), **merged)
    return call
int2 = partial(int, base=2)
print(int2('1011'), partial(max, 5)(3, 9), partial(sorted, reverse=True)([1, 3, 2]))
print(list(map(partial(pow, 2), range(6))))
def call_all(fns, *args):
    out = []
    for fn in fns:
        out.append(fn(*args))
    return out
print(call_all([len, str, repr, type], 'hey'))
