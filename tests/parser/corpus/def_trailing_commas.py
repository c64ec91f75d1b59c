def f(a,): pass
def g(a, b=1,): pass
def h(*a,): pass
def i(**k,): pass
def j(a, /,): pass
def k(*, a,): pass
f(a,)
