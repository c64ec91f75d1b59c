a = lambda: 0
b = lambda x: x
c = lambda x, y=1: x + y
d = lambda *args, **kw: args
e = lambda x, /, y, *, z: 0
f = lambda *, k=3: k
g = lambda a, b=2, *c, d, e=5, **f: 0
h = lambda: (yield)
i = lambda x=lambda y: y: x
