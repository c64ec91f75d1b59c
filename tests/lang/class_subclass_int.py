# Subclassing int: __new__ with validation, arithmetic returns plain ints, repr.
class Even(int):
    def __new__(cls, value):
        value = int(value)
        if value % 2:
            raise ValueError('%d is odd' % value)
        return super().__new__(cls, value)

    def half(self):
        return self // 2


e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, type(e).__name__, isinstance(e, int))
print(Even('42'), Even(4.0), e == 10, hash(e) == hash(10), {10: 'ten'}[e])
try:
    Even(3)
except ValueError as err:
    print('ValueError:', err)


class Flags(int):
    names = ['READ', 'WRITE', 'EXEC']

    def __repr__(self):
        on = [n for i, n in enumerate(self.names) if self & (1 << i)]
        return 'Flags(%s)' % ('|'.join(on) or '0')

    def __or__(self, other):
        return Flags(int(self) | int(other))


r, w, x = Flags(1), Flags(2), Flags(4)
print(r | w, r | w | x, Flags(0), repr(Flags(5)), str(Flags(5)), int(r | x))
print(sorted([Flags(4), Flags(1), Flags(2)]), Flags(3) + 1)


class Cents(int):
    def __str__(self):
        return '$%d.%02d' % divmod(int(self), 100)

    def __add__(self, other):
        return Cents(int(self) + int(other))

    __radd__ = __add__


total = sum([Cents(199), Cents(1), Cents(250)])
print(total, type(total).__name__, Cents(5) * 3, 7 + Cents(3))
print('%d %s %r' % (total, total, total), f'{total}', f'{total:>8}')
print(bool(Cents(0)), Cents(-0), abs(Cents(-150)), -Cents(150))
try:
    Cents('abc')
except ValueError as err:
    print('ValueError:', err)


class Bad(int):
    def __new__(cls):
        return super().__new__(cls, 'x', 'y')


try:
    Bad()
except TypeError as err:
    print('TypeError:', err)
