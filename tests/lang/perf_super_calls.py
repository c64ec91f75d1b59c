# super().method(...) calls the base's function without a bound method;
# the base may change between calls, and super() may find non-functions.

class A:
    tag = "A.tag"
    def __init__(self, v):
        self.v = v
    def f(self, x):
        return ("A.f", self.v, x)
    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)
    @staticmethod
    def s(x):
        return ("A.s", x)

class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
    def f(self, x):
        return ("B.f",) + super().f(x)
    @classmethod
    def c(cls):
        return ("B.c",) + super().c()
    def s(self, x):
        return super().s(x)
    def tag_of(self):
        return super().tag

class C(A):
    def f(self, x):
        return ("C.f",) + super().f(x)

class D(B, C):
    def f(self, x):
        return ("D.f",) + super().f(x)

d = D(1)
res = []
for i in range(5):
    if i == 1:
        A.f = lambda self, x: ("A.f patched", x)
    if i == 2:
        C.f = lambda self, x: ("C.f patched",) + super(C, self).f(x)
    if i == 3:
        del C.f
    if i == 4:
        A.tag = "A.tag2"
        A.s = staticmethod(lambda x: ("A.s2", x))
    res.append((d.f(i), D.c(), d.s(i), d.tag_of(), d.v))
for r in res:
    print(r)

class E(A):
    def f(self, x):
        return super().missing(x)

try:
    E(1).f(0)
except AttributeError as ex:
    print(type(ex).__name__, ex)

class F(A):
    def __init__(self):
        super().__init__()

try:
    F()
except TypeError as ex:
    print(type(ex).__name__, ex)

class G(list):
    def append(self, x):
        super().append(x * 2)
        return len(self)

g = G()
print([g.append(i) for i in range(3)], g)
print(super(B, d).f(9), super(D, D).c())
