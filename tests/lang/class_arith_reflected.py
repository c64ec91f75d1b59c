# Reflected operators (__radd__ etc.), NotImplemented, subclass priority.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return '%sm' % self.v
    def __add__(self, other):
        print('  __add__', self, other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print('  __radd__', self, other)
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Meters(self.v * k)
        return NotImplemented
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Meters(other - self.v)
    def __rtruediv__(self, other):
        return 'rtruediv(%r, %r)' % (other, self)
    def __rpow__(self, other):
        return 'rpow(%r, %r)' % (other, self)

m = Meters(5)
print(m + 1)
print(1 + m)
print(m + Meters(2))
print(2.5 + m)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(3 * m, m * 3, 10 - m, 1 / m, 2 ** m)

class Kilometers(Meters):
    def __radd__(self, other):
        print('  Kilometers.__radd__ first')
        return 'km-wins'

print(Meters(1) + Kilometers(2))

class Nothing:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented

try:
    Nothing() + Nothing()
except TypeError as e:
    print('TypeError:', e)
try:
    m + 'str'
except TypeError as e:
    print('TypeError:', e)
try:
    'str' + m
except TypeError as e:
    print('TypeError:', e)
try:
    m - m
except TypeError as e:
    print('TypeError:', e)
try:
    m * m
except TypeError as e:
    print('TypeError:', e)
try:
    [1] * m
except TypeError as e:
    print('TypeError:', e)
