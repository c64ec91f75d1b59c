# Instantiating a class whose __init__ is a Python function runs __init__
# in the interpreter loop; every way the class can change, and every error,
# must behave as a call of type.__call__ would.

class P:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)

def make(cls, *args, **kw):
    return cls(*args, **kw)

res = []
for i in range(8):
    if i == 1:
        P.__init__ = lambda self, a, b=0, *, c=0: setattr(self, "t", ("lambda", a, b, c))
    if i == 2:
        def init(self, *args, **kw):
            self.t = ("varargs", args, sorted(kw.items()))
        P.__init__ = init
    if i == 3:
        del P.__init__
        P.__new__ = lambda cls, *a, **k: object.__new__(cls)
    if i == 4:
        P.__init__ = lambda self, a, b=2, *, c=3: setattr(self, "t", ("back", a, b, c))
    if i == 5:
        class Meta(type):
            def __call__(cls, *a, **k):
                return ("meta call", a)
        P = Meta("P", (), dict(P.__dict__))
    if i == 6:
        class P(list):
            def __init__(self, a, b=2, *, c=3):
                super().__init__([a, b, c])
    if i == 7:
        class P:
            __slots__ = ("t",)
            def __init__(self, a, b=2, *, c=3):
                self.t = a + b + c
    p1 = P(1)
    p2 = P(1, b=5, c=6) if i != 3 else P()
    r = []
    for p in (p1, p2):
        r.append(p if isinstance(p, (tuple, list)) else getattr(p, "t", "no t"))
    res.append(r)
for r in res:
    print(r)

# __init__ must return None.
class Bad:
    def __init__(self, v):
        return v

for v in (None, 0, "x"):
    try:
        print(type(Bad(v)).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

# Argument errors name __init__.
class Two:
    def __init__(self, a, b):
        self.a = a

for args in ((1,), (1, 2, 3), ()):
    try:
        Two(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Two(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)

# An exception inside __init__, caught around the call.
class Boom:
    def __init__(self, n):
        if n:
            raise ValueError("boom %d" % n)
        self.n = n

for n in range(3):
    try:
        print(Boom(n).n)
    except ValueError as e:
        print(type(e).__name__, e)

# A generator function as __init__: the call returns a generator.
class G:
    def __init__(self):
        yield 1

try:
    G()
except TypeError as e:
    print(type(e).__name__, e)

# Deep recursion through __init__.
class Rec:
    def __init__(self, n):
        self.child = Rec(n - 1) if n else None

r = Rec(50)
depth = 0
while r.child:
    r = r.child
    depth += 1
print(depth)

# object() with arguments, and a class without __init__.
class NoInit:
    pass

for args in ((), (1,)):
    try:
        print(type(NoInit(*args)).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
