# enum: __init_subclass__, unique, custom __new__/__init__, _missing_, _order_, _ignore_, member/nonmember.
from enum import Enum, IntEnum, unique, member, nonmember, auto


class Base(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, list(cls), kw)
        super().__init_subclass__()


class Kid(Base, flavor=1):
    A = 1
    B = 2


@unique
class U(Enum):
    A = 1
    B = 2


print(list(U))
try:
    @unique
    class V(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Ord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    FIRST = (1, 'first')
    SECOND = (2, 'second')


print(Ord(1), Ord.SECOND.label, Ord.FIRST.value, list(Ord))


class Status(Enum):
    ACTIVE = 'a'
    INACTIVE = 'i'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in ('a', 'i'):
            return cls(value.lower())
        return None


print(Status('A'), Status('I'), Status('a'))


class WithOrder(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


class Ign(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    X = 1


class Mem(Enum):
    A = 1
    helper = nonmember(5)

    @member
    def f(x):
        return x


print(list(WithOrder), list(Ign), hasattr(Ign, 'tmp'), list(Mem)[0], len(Mem), Mem.helper, Mem.f.name)


def lookup_status(code):
    try:
        return Status(code)
    except ValueError as e:
        raise LookupError('bad status code: %s' % e) from None


print(lookup_status('i'))
lookup_status('z')
