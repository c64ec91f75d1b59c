# __repr__ and __str__: print, str(), repr(), containers, %s/%r, fallbacks.
class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Both(%r)' % (self.v,)

    def __str__(self):
        return 'both:%s' % (self.v,)


class ReprOnly:
    def __repr__(self):
        return '<ReprOnly>'


class StrOnly:
    def __str__(self):
        return 'just str'


b = Both('x')
print(b)
print(str(b), repr(b))
print([b, Both(2)], (b,), {'k': b})
print('%s and %r' % (b, b))
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print(StrOnly(), str(StrOnly()))
print(repr(StrOnly()).startswith('<__main__.StrOnly object at '))
print(f'{b} {b!r} {b!s}')
print('{} {!r}'.format(b, b))


class Nested:
    def __init__(self, *children):
        self.children = list(children)

    def __repr__(self):
        return 'Nested(%s)' % ', '.join(repr(c) for c in self.children)


print(Nested(1, Nested('a', Nested()), [Both(0)]))


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
try:
    print(BadStr())
except TypeError as e:
    print('TypeError:', e)


class Raising:
    def __repr__(self):
        raise ValueError('no repr for you')


try:
    print([Raising()])
except ValueError as e:
    print('ValueError:', e)
print(str(Both(None)), repr(Both([1, 'two'])))
