# What every class inherits from object: default __eq__, __ne__, __str__, __hash__ etc.
class Bare:
    pass


a, b = Bare(), Bare()
print(a == a, a == b, a != b, a != a)
print(a.__eq__(b), a.__eq__(a), a.__ne__(b))
print(str(a) == repr(a), repr(a).startswith('<__main__.Bare object at 0x'))
print(hash(a) == hash(a), isinstance(hash(a), int))
print(callable(a.__init__), a.__class__ is Bare, Bare.__base__ is object)
print(Bare.__bases__ == (object,), Bare.__name__, Bare.__module__)
print(a.__doc__, Bare.__doc__)
print(format(a) == str(a), bool(a), a.__dict__)
print(object.__eq__(a, a), object.__eq__(a, 1), object.__lt__(a, b))
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
try:
    a + b
except TypeError as e:
    print('TypeError:', e)
try:
    len(a)
except TypeError as e:
    print('TypeError:', e)
try:
    iter(a)
except TypeError as e:
    print('TypeError:', e)
try:
    a[0]
except TypeError as e:
    print('TypeError:', e)
try:
    a()
except TypeError as e:
    print('TypeError:', e)
try:
    int(a)
except TypeError as e:
    print('TypeError:', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
o = object()
print(type(o).__name__, hasattr(o, '__dict__'), hasattr(a, '__dict__'))
print('__dict__' in dir(a), '__module__' in dir(a), '__dict__' in dir(object))
print('__init__' in dir(a), dir(a) == sorted(dir(a)))


class WithDoc:
    """Docstring here."""

    def m(self):
        """Method doc."""


print(WithDoc.__doc__, WithDoc.m.__doc__, WithDoc().m.__doc__)
