# dir() of the builtin types matches CPython 3.12 (bytes.__buffer__, the
# buffer protocol, aside), and dir() goes through __dir__.
for T in (object, int, float, str, bytes, list, tuple, dict, set, frozenset,
          bool, type, range, slice, type(None), type(len), type(print), type(lambda: 0)):
    names = [n for n in sorted(dir(T)) if n != '__buffer__']
    print(T.__name__, len(names), names)


class A:
    cls_attr = 1

    def __init__(self):
        self.x = 1
        self.y = 2

    def meth(self):
        pass


class B(A):
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']


a = A()
print(a.__dir__()[:4], type(a.__dir__()).__name__)
print([n for n in dir(a) if not n.startswith('__')], dir(B()), dir(B)[-3:])
print(type.__dir__(A)[:3], object.__dir__(B())[:2])


class Meta(type):
    def __dir__(cls):
        return ['from_meta']


class C(metaclass=Meta):
    pass


print(dir(C), [n for n in dir(Meta) if not n.startswith('__')])


class Odd:
    def __dir__(self):
        return 'cba'


print(dir(Odd()))
import math
print([n for n in dir(math) if n.startswith('f')], '__name__' in math.__dir__())
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class NotIter:
    def __dir__(self):
        return 5


try:
    dir(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
for f in (lambda: object.__dir__(1, 2), lambda: a.__dir__(1), lambda: object().__sizeof__(1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print((5).__divmod__(3), (5).__rdivmod__(3), (5).__divmod__(2.0), (-7).__divmod__(2))
print((5.5).__divmod__(2), (5.5).__rdivmod__(2), (5.0).__divmod__('x'), True.__divmod__(True))
print((0).__sizeof__(), (1).__sizeof__(), (2**30).__sizeof__(), (-2**60).__sizeof__(), (2**100).__sizeof__())
print(float.__getformat__('double'), 'matmul' in str(dir(int)), hasattr(float, '__and__'))
for f in (lambda: (5).__divmod__(0), lambda: (5).__divmod__(), lambda: (5.0).__divmod__(0.0),
          lambda: (0).__rdivmod__(5), lambda: float.__getformat__('x'), lambda: float.__getformat__(1),
          lambda: (1).__sizeof__(2), lambda: 5 @ 3, lambda: 2.0 & 1):
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
