class A:
    pass
class B(A):
    x = 1
class C(A, B):
    def m(self): pass
class D(metaclass=M):
    pass
class E(A, *bases, metaclass=M, **kw):
    pass
class F():
    pass
class G(object,): pass
