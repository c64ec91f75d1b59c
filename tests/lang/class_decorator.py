# Class decorators: registering, adding methods, wrapping, returning a different class.
registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    fields = cls.fields
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError('%s expects %d arguments, got %d' % (cls.__name__, len(fields), len(args)))
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls

@register
@add_repr
@add_init
class Point:
    fields = ('x', 'y')

@register
@add_repr
@add_init
class Color:
    fields = ('r', 'g', 'b')

print(Point(1, 2), Color(255, 0, 10), registry)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)

def singleton(cls):
    instance = cls()
    return lambda: instance

@singleton
class Config:
    def __init__(self):
        print('Config created once')
        self.values = {}

Config().values['a'] = 1
print(Config().values, Config() is Config(), type(Config).__name__)

def with_counter(start):
    def deco(cls):
        orig_init = cls.__init__
        def __init__(self, *a, **k):
            cls.created += 1
            orig_init(self, *a, **k)
        cls.created = start
        cls.__init__ = __init__
        return cls
    return deco

@with_counter(100)
class Thing:
    def __init__(self, name):
        self.name = name

things = [Thing(n) for n in 'abc']
print(Thing.created, [t.name for t in things])
try:
    Thing()
except TypeError as e:
    print('TypeError:', e)
print(Thing.created)
