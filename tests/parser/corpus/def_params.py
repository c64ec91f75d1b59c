def f(a, b=1, *args, c, d=2, **kwargs): pass
def g(a, /, b, *, c): pass
def h(a, b, /): pass
def i(a=1, /, b=2): pass
def j(*, a, b=1): pass
def k(**kw): pass
def l(*a): pass
def m(a, /, *, b): pass
def n(a=1, b=2, /, c=3, *d, e=4, f, **g): pass
