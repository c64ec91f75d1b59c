# A hand-written dataclass-style decorator driven by class annotations.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError('%s takes %d positional arguments but %d were given'
                            % (cls.__name__, len(fields), len(args)))
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError('%s got an unexpected keyword argument %r' % (cls.__name__, k))
            if k in values:
                raise TypeError('%s got multiple values for %r' % (cls.__name__, k))
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError('%s missing field %r' % (cls.__name__, f))
                values[f] = defaults[f]
            setattr(self, f, values[f])

    def __repr__(self):
        return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls._fields = tuple(fields)
    return cls


@record
class Point:
    x: int
    y: int = 0
    label: str = 'pt'


print(Point(1), Point(1, 2), Point(x=3, label='origin'), Point._fields)
print(Point(1, 2) == Point(1, 2), Point(1) == Point(1, 1), Point(1) == (1, 0, 'pt'))
print(Point.__annotations__)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    {Point(0)}
except TypeError as e:
    print('TypeError:', e)


@record
class Line:
    start: Point
    end: Point


ln = Line(Point(0, 0), end=Point(3, 4))
print(ln)
print(ln.end.x - ln.start.x, ln == Line(Point(0), Point(3, 4)))
