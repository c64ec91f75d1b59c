# Keyword arguments, *args, **kwargs.
def f(a, b, c=3, *args, d=4, **kwargs):
    return (a, b, c, args, d, kwargs)
print(f(1, 2))
print(f(1, 2, 5, 6, 7))
print(f(1, 2, d=0, e=9, f=10))
print(f(b=1, a=2))
print(f(*[1, 2, 3, 4], **{'d': 'D', 'z': 'Z'}))
def g(*args):
    return len(args), args
print(g(), g(1), g(*'abc'), g([1, 2]))
def h(**kw):
    return kw
print(h(), h(x=1, y=2), h(**{'a': 1}, b=2))
def kwonly(*, key, value=None):
    return key, value
print(kwonly(key='k'), kwonly(value=1, key=2))
def all_kinds(a, /, b, *, c):
    return a, b, c
print(all_kinds(1, 2, c=3), all_kinds(1, b=2, c=3))
def collect(first, *rest, sep=', '):
    return sep.join([first] + list(rest))
print(collect('a'), collect('a', 'b', 'c'), collect('x', 'y', sep='-'))
def apply(func, *args, **kwargs):
    return func(*args, **kwargs)
print(apply(pow, 2, 10), apply(sorted, [3, 1, 2], reverse=True))
print(apply(int, '1010', base=2))
opts = {'sep': '|', 'end': '<\n'}
print('a', 'b', **opts)
d = {'a': 1, 'b': 2, 'c': 3}
print(f(**d))
