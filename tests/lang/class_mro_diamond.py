# Multiple inheritance: C3 linearization of diamond and more complex graphs.
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class A:
    def who(self):
        return 'A'

class B(A):
    def who(self):
        return 'B'

class C(A):
    def who(self):
        return 'C'

class D(B, C):
    pass

class E(C, B):
    pass

print(names(D), D().who())
print(names(E), E().who())

class O:
    pass

class F(O):
    pass

class G(O):
    pass

class H(O):
    pass

class K1(F, G):
    pass

class K2(H, G):
    pass

class K3(H, F):
    pass

class Z(K1, K2, K3):
    pass

print(names(K1))
print(names(K2))
print(names(K3))
print(names(Z))
print(Z.__bases__ == (K1, K2, K3), [b.__name__ for b in Z.__bases__])
print(Z.mro() == list(Z.__mro__))

class X:
    attr = 'X'

class Y(X):
    pass

class W(X):
    attr = 'W'

class V(Y, W):
    pass

print(names(V), V.attr, V().attr)
print(issubclass(V, W), issubclass(V, X), isinstance(V(), Y))
print(names(bool), names(object))
