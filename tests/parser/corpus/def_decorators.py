@dec
def f(): pass
@dec()
@a.b.c
@d(1, x=2)
def g(): pass
@x[0]
@(lambda f: f)
@a if b else c
def h(): pass
@dec
class A: pass
