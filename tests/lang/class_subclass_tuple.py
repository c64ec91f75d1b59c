# Subclassing tuple: immutable records built in __new__, properties, unpacking.
class Pair(tuple):
    __slots__ = ()

    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]

    def swap(self):
        return Pair(self[1], self[0])

    def __repr__(self):
        return 'Pair(%r, %r)' % self


p = Pair(1, 'x')
print(p, p.first, p.second, p.swap(), len(p), p == (1, 'x'), isinstance(p, tuple))
a, b = p
print(a, b, type(p + (3,)).__name__, p[::-1], hash(p) == hash((1, 'x')))
print(sorted([Pair(2, 1), Pair(1, 2), Pair(1, 1)]))
try:
    p[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    p.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    Pair(1)
except TypeError as e:
    print('TypeError:', e)


class RGB(tuple):
    def __new__(cls, r, g, b):
        for v in (r, g, b):
            if not 0 <= v <= 255:
                raise ValueError('channel out of range: %d' % v)
        return tuple.__new__(cls, (r, g, b))

    def hex(self):
        return '#%02x%02x%02x' % self

    def __add__(self, other):
        return RGB(*(min(255, x + y) for x, y in zip(self, other)))


red = RGB(255, 0, 0)
blue = RGB(0, 0, 255)
print(red.hex(), (red + blue).hex(), red + blue, max(red), red.count(0), red.index(255))
try:
    RGB(1, 2, 300)
except ValueError as e:
    print('ValueError:', e)


class Point3(tuple):
    pass


q = Point3([1, 2, 3])
q.label = 'has dict'
print(q, q.label, type(q).__name__, Point3() == ())
print({Pair(1, 2): 'hashable'}[(1, 2)])
