# object.__reduce_ex__, __reduce__ and __getstate__ (the pickle protocol
# copy uses), with copyreg's helpers, and their errors.
import copy
import copyreg


class A:
    def __init__(self):
        self.x = 1


class S:
    __slots__ = ('a', '__b', 'c')

    def __init__(self):
        self.a = 1
        self._S__b = 2


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class E:
    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})

    def __new__(cls, *a, **k):
        return object.__new__(cls)


class G:
    def __getstate__(self):
        return 'st'


def show(r):
    name = r[0].__name__
    rest = [list(x) if hasattr(x, '__next__') else x for x in r[1:]]
    return (name, *rest)


for o in (A(), S(), L([1, 2]), D(a=1), I(5), E(), G(), object()):
    print(type(o).__name__, show(o.__reduce_ex__(2)), show(o.__reduce_ex__(4)), o.__getstate__())
print('__slotnames__' in S.__dict__, S.__slotnames__, copyreg._slotnames(A))
r = A().__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1:], A().__reduce__()[1])
print(object().__reduce_ex__(0)[1], show(S().__reduce_ex__(2)))


class R:
    def __reduce__(self):
        return (R, ())


print(R().__reduce_ex__(2), R().__reduce_ex__(0), object.__reduce_ex__(R(), 2)[0].__name__)
a = A()
a.y = [1, 2]
b = copy.deepcopy(a)
print(b.y, b.y is a.y, copy.copy(S()).a, copy.copy(L([3])), copy.copy(I(7)) + 1)


class BadNA:
    def __getnewargs__(self):
        return 5


class BadEx1:
    def __getnewargs_ex__(self):
        return (1, 2, 3)


class BadEx2:
    def __getnewargs_ex__(self):
        return ([], {})


class BadEx3:
    def __getnewargs_ex__(self):
        return ((), [])


class BadEx4:
    def __getnewargs_ex__(self):
        return 7


tests = [lambda: object().__reduce_ex__(), lambda: object().__reduce_ex__('a'),
         lambda: object().__reduce_ex__(1, 2), lambda: object().__reduce_ex__(None),
         lambda: (lambda: 0).__reduce_ex__(2), lambda: object.__getstate__(),
         lambda: A().__getstate__(1), lambda: A().__reduce__(1)]
tests += [lambda c=c: c().__reduce_ex__(2) for c in (BadNA, BadEx1, BadEx2, BadEx3, BadEx4)]
for f in tests:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    copyreg.pickle(int, 5)
except TypeError as e:
    print(type(e).__name__, e)
copyreg.add_extension('m', 'n', 5)
print(copyreg._extension_registry)
copyreg.remove_extension('m', 'n', 5)
