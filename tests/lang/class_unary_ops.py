# Unary operators and numeric conversions: __neg__, __pos__, __abs__, __invert__,
# __int__, __float__, __index__, __round__.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Num(%r)' % (self.v,)

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return Num(~int(self.v))

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __round__(self, ndigits=None):
        return Num(round(self.v, ndigits)) if ndigits is not None else round(self.v)


n = Num(-3.75)
print(-n, +n, abs(n), ~Num(5), -(-n))
print(int(n), float(Num(2)), round(n), round(n, 1))


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


data = list(range(10))
print(data[Idx(3)], data[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print('ab' * Idx(3), range(Idx(4)), [0] * Idx(2))
print(hasattr(Idx, '__int__'), int(Idx(7)), Idx(9).__index__())
try:
    -object()
except TypeError as e:
    print('TypeError:', e)
try:
    ~Num(1.5) if False else ~Idx(1)
except TypeError as e:
    print('TypeError:', e)
try:
    abs(Idx(3))
except TypeError as e:
    print('TypeError:', e)
try:
    print('float via __index__:', float(Idx(3)))
except TypeError as e:
    print('TypeError:', e)


class BadInt:
    def __int__(self):
        return 'three'


try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
try:
    data[Num(1)]
except TypeError as e:
    print('TypeError:', e)
