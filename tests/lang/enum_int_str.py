# enum.IntEnum and StrEnum: members are ints/strs; auto(); functional API.
from enum import Enum, IntEnum, StrEnum, auto


class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3

    @classmethod
    def first(cls):
        return cls.MON

    @property
    def short(self):
        return self.name[:2].title()


print(Weekday.MON, repr(Weekday.TUE), str(Weekday.WED), f'{Weekday.TUE:>3}', '%d|%s' % (Weekday.MON, Weekday.MON))
print(Weekday.MON + 1, Weekday.TUE * 3, sorted([Weekday.WED, Weekday.MON]), Weekday.MON == 1, Weekday(2))
print(int(Weekday.TUE), hash(Weekday.MON) == hash(1), isinstance(Weekday.MON, int), [10, 20, 30][Weekday.MON])
print(Weekday.first(), Weekday.TUE.short, max(Weekday), min(Weekday), sum(Weekday), Weekday.MON < Weekday.TUE)
print({Weekday.MON: 'm', 1: 'one'}, Weekday.__members__)


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'


print(Shape('circle'), Shape.SQUARE + '!', '-'.join(Shape), Shape.CIRCLE == 'circle', repr(Shape.CIRCLE))
print(Shape.CIRCLE.upper(), f'{Shape.SQUARE:*^6}', len(Shape.CIRCLE), sorted(Shape))


class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()


class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    AB = auto()
    CD = auto()


class Tup(Enum):
    A = auto(), 'x'
    B = auto(), 'y'


print(list(A), list(Gen), list(Tup), repr(auto()))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__, Animal(3))
Shape2 = Enum('Shape2', [('SQUARE', 4), ('TRI', 3)])
print(list(Shape2), Shape2(3), Shape2['SQUARE'])
Color2 = Enum('Color2', {'A': 'a', 'B': 'b'})
print(list(Color2), Color2('a'), Color2.__qualname__)
Int2 = IntEnum('Int2', 'X, Y', start=10)
print(list(Int2), Int2.Y + 0)
for bad in [lambda: Weekday(9), lambda: Weekday['SUN'], lambda: Shape('tri'), lambda: Enum('X'),
            lambda: Weekday.MON + 'x']:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class BadS(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError', e)
try:
    class BadI(IntEnum):
        A = 'one'
except ValueError as e:
    print('ValueError', e)
