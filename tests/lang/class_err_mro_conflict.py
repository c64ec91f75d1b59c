# Inconsistent hierarchies: MRO conflicts, duplicate bases, bad bases.
class A:
    pass

class B(A):
    pass

class C(A):
    pass

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print('TypeError:', e)

class X(B, C):
    pass

class Y(C, B):
    pass

print([k.__name__ for k in X.__mro__], [k.__name__ for k in Y.__mro__])
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class FromInstance(A()):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Layout(int, str):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    type('T', (A, 5), {})
except TypeError as e:
    print('TypeError:', e)

class Ok(B, C):
    pass

print([k.__name__ for k in Ok.__mro__])

class P:
    pass

class Q(P):
    pass

class R(Q, P):
    pass

print([k.__name__ for k in R.__mro__])

class S(P, Q):
    pass
