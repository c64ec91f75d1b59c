# Decorators that return classes: function -> callable object, function -> class.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
        self.__name__ = fn.__name__

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)

    def __repr__(self):
        return '<CountCalls %s: %d calls>' % (self.__name__, self.count)


@CountCalls
def square(x):
    return x * x


print([square(i) for i in range(4)], square.count, square, type(square).__name__)


def as_class(fn):
    class Wrapped:
        name = fn.__name__

        def __init__(self, *args):
            self.value = fn(*args)

        def __repr__(self):
            return '%s -> %r' % (self.name, self.value)
    Wrapped.__name__ = fn.__name__.title()
    return Wrapped


@as_class
def pair(a, b):
    return (a, b)


p = pair(1, 2)
print(p, type(p).__name__, isinstance(p, pair), pair.name)


def dataclassify(cls):
    fields = [k for k in vars(cls) if not k.startswith('_')]

    class Generated(cls):
        def __init__(self, **kw):
            for f in fields:
                setattr(self, f, kw.pop(f, getattr(cls, f)))
            if kw:
                raise TypeError('unknown fields: %s' % ', '.join(sorted(kw)))

        def __repr__(self):
            return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % (f, getattr(self, f)) for f in fields))
    Generated.__name__ = cls.__name__
    return Generated


@dataclassify
class Options:
    verbose = False
    level = 1


print(Options(), Options(level=3), Options.__mro__[1].__name__, Options.__name__)
try:
    Options(colour='red', size=2)
except TypeError as e:
    print('TypeError:', e)
try:
    square()
except TypeError as e:
    print('TypeError:', e)
print(square)
