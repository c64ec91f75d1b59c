# Positional-only and keyword-only parameters in detail.
def f(a, b=2, /, c=3, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, d=4))
print(f(1, 20, 30, d=40, e=50))
print(f(1, c=300, d=400))
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(*, only):
    return only
print(h(only='kw'))
def star_then_kw(*args, sep='-'):
    return sep.join(map(str, args))
print(star_then_kw(1, 2, 3), star_then_kw(1, 2, sep='+'))
def show(fn):
    try:
        print(fn())
    except TypeError as err:
        print('TypeError:', err)
show(lambda: f(1))
show(lambda: f(a=1, d=4))
show(lambda: f(1, 2, 3, 4))
show(lambda: h('positional'))
show(lambda: h())
show(lambda: h(only=1, extra=2))
show(lambda: g())
show(lambda: star_then_kw(sep='x', foo=1))
def all_defaults(a=1, /, b=2, *, c=3):
    return a + b + c
print(all_defaults(), all_defaults(10), all_defaults(10, 20), all_defaults(b=0, c=0))
print(h.__kwdefaults__, g.__defaults__)
print(f.__defaults__, f.__kwdefaults__)
