# namedtuple: fields, defaults, rename, helpers, module, docs and validation errors.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x + p.y, p[1], len(p), p._fields, Point.__doc__, Point.__new__.__doc__)
print(type(p), Point.__module__, Point.__name__, Point.__qualname__, Point.__bases__)
print(Point.x, Point.y.__doc__, Point._make(range(2)), p._replace(x=10), p._asdict())
print(p.__getnewargs__(), Point.__match_args__, Point._field_defaults, p == (1, 2), hash(p) == hash((1, 2)))
print(Point.__new__.__qualname__, Point._make.__qualname__, Point.__repr__.__qualname__)
One = namedtuple('One', ['only'])
print(One(5), One._make([6]), One.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
Conf = namedtuple('Conf', 'host port debug', defaults=(80, False))
print(Conf('h'), Conf('h', 1), Conf('h', debug=True), Conf._field_defaults, Conf.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '9', 'ok'], rename=True)
print(R._fields)
M = namedtuple('M', 'a b', module='somewhere')
print(M.__module__, repr(M(1, 2)))
Big = namedtuple('Big', ' '.join('f%d' % i for i in range(30)))
print(Big(*range(30))[-1], Big(*range(30)).f29)
a, b = Point(3, 4)
print(a, b, max(Point(1, 9), Point(2, 0)), sorted([Point(2, 1), Point(1, 2)]), Point(1, 2) + (3,))
print(isinstance(p, tuple), Point(*[5, 6]), Point(**{'x': 7, 'y': 8}), p * 2, p.count(1), p.index(2))
errors = [
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, z=3),
    lambda: Point._make([1, 2, 3]),
    lambda: p._replace(z=1),
    lambda: setattr(p, 'x', 5),
    lambda: delattr(p, 'x'),
    lambda: setattr(p, 'other', 5),
    lambda: namedtuple('Bad', 'a-b'),
    lambda: namedtuple('1Bad', 'a'),
    lambda: namedtuple('Bad', 'a def'),
    lambda: namedtuple('Bad', 'a _b'),
    lambda: namedtuple('Bad', 'a b a'),
    lambda: namedtuple('Bad', 'a', defaults=(1, 2)),
    lambda: namedtuple('class', 'a'),
    lambda: Conf(),
    lambda: Point.x.__get__(5),
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
