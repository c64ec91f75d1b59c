# enum.Flag and IntFlag: combining, iterating, containment, inversion, boundaries.
import enum
from enum import Flag, IntFlag, auto, CONFORM, EJECT


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm(0)), repr(~Perm.R), list(Perm.R | Perm.X))
print(Perm.R in (Perm.R | Perm.W), bool(Perm(0)), bool(Perm.X), Perm.R & Perm.W, Perm.R ^ Perm.R)
print(list(Perm), Perm.RWX, repr(Perm.RWX), repr(Perm.NONE), Perm(6), repr(Perm(5)))
print([m.name for m in Perm(7)], len(Perm.RWX), Perm.R in Perm.RWX, repr(~Perm.RWX), repr(~Perm.NONE))
print(Perm.__members__, repr(Perm))


class Order(Flag):
    B = 2
    A = 1
    C = 4


print(list(Order), list(Order(7)), repr(Order(7)))


class P2(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(P2.A | P2.B, repr(P2.A | P2.C), P2.A | 8, repr(P2(9)), P2.B + 1, list(P2), str(P2.A | P2.B))
print(repr(~P2.A), repr(P2(-1)), repr(P2(-2)), P2.A == 1, isinstance(P2.B, int), repr(P2(12)))


class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Ej(Flag, boundary=EJECT):
    A = 1


print(repr(Conf(7)), repr(Conf(4)), repr(Ej(3)), type(Ej(3)).__name__)
print(enum.bin(10), enum.bin(-11), enum.show_flag_values(13))
F2 = Flag('F2', 'A B C')
print(list(F2), F2.C.value, F2.A | F2.C)
for bad in [lambda: Perm(8), lambda: Perm.R in 5, lambda: Perm.R | 1, lambda: Perm('r'), lambda: Perm['Q']]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


def check(perm, needed):
    if needed not in perm:
        raise PermissionError('need %s, have %s' % (needed, perm))
    return 'ok'


print(check(Perm.R | Perm.W, Perm.W))
check(Perm.R, Perm.W | Perm.X)
