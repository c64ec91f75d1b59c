a.b.c
a.b(c).d
f()
f(1, 2)
f(x=1)
f(*args)
f(**kw)
f(a, *b, c=1, **d)
f(a)(b)(c)
obj.method().attr
