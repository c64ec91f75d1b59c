# collections.namedtuple: creation, field access, tuple behaviour, repr, defaults.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (3, 4))
x, y = p
print(x + y, Point(y=1, x=2), Point._fields, type(p).__name__, isinstance(p, tuple))
Color = namedtuple('Color', 'red green blue')
Person = namedtuple('Person', 'name, age')
print(Color(255, 128, 0), Person('ann', 30), Person._fields)
Opt = namedtuple('Opt', ['host', 'port', 'debug'], defaults=[8080, False])
print(Opt('localhost'), Opt('h', 1, True), Opt._field_defaults)
Renamed = namedtuple('Renamed', ['ok', 'def', '1bad', 'ok'], rename=True)
print(Renamed._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(hash(p) == hash((3, 4)), {p: 'point'}[(3, 4)])
print(Point._make([7, 8]), p._asdict(), Point.x.__doc__)
errors = [
    ('too few', lambda: Point(1)),
    ('too many', lambda: Point(1, 2, 3)),
    ('bad kw', lambda: Point(1, z=2)),
    ('set attr', lambda: setattr(p, 'x', 10)),
    ('bad field', lambda: namedtuple('Bad', ['x', 'class'])),
    ('dup field', lambda: namedtuple('Dup', ['a', 'a'])),
    ('underscore', lambda: namedtuple('U', ['_a'])),
    ('make wrong', lambda: Point._make([1])),
]
for label, fn in errors:
    try:
        print(label, fn())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
