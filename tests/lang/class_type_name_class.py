# type(x).__name__, __class__, __qualname__, __module__ and type() comparisons.
class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__

    def method(self):
        return self.__class__.__name__


o = Outer()
i = Outer.Inner()
print(type(o).__name__, o.__class__.__name__, o.__class__ is Outer)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, i.where())
print(Outer.__module__, Outer.method.__qualname__, Outer.Inner.where.__qualname__)
print(type(Outer).__name__, type(type).__name__, type(Outer.method).__name__)
print(repr(Outer).replace('__main__.', 'M.'), str(Outer.Inner))


def make():
    class Local:
        pass
    return Local


L = make()
print(L.__name__, L.__qualname__)
print([type(x).__name__ for x in [1, 1.0, 'a', b'', None, True, [], (), {}, set(), range(1), len, o]])


class Sub(Outer):
    pass


s = Sub()
print(s.method(), type(s).__bases__[0].__name__, s.__class__.__mro__[1].__name__)
s.__class__ = Outer
print(type(s).__name__, isinstance(s, Sub))
T = type(o)
o2 = T()
print(type(o2) is Outer, o2.method())
Dyn = type('Dyn', (Outer,), {'x': 5, 'method': lambda self: 'dyn method'})
d = Dyn()
print(Dyn.__name__, d.x, d.method(), [c.__name__ for c in Dyn.__mro__])
print(type(3) == int, type(True) == int, type(True) is bool)
try:
    type('Bad', 'not a tuple', {})
except TypeError as e:
    print('TypeError:', e)
try:
    type()
except TypeError as e:
    print('TypeError:', e)
try:
    s.__class__ = int
except TypeError as e:
    print('TypeError:', e)
