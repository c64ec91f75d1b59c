# copy.copy: builtin containers, instances with __dict__ and __slots__, __copy__, subclasses.
import copy

nested = [1, [2, 3], {'k': [4]}]
s = copy.copy(nested)
print(s == nested, s is nested, s[1] is nested[1], s[2] is nested[2])
d = {'a': [1], 'b': (2,)}
print(copy.copy(d) == d, copy.copy(d) is d, copy.copy(d)['a'] is d['a'])
for v in (5, 2.5, 'str', b'by', (1, [2]), frozenset({1}), None, True, range(3), len, copy.copy, int, Ellipsis):
    print(type(v).__name__.ljust(12), copy.copy(v) is v)
st = {1, 2}
ba = bytearray(b'ab')
print(copy.copy(st) == st, copy.copy(st) is st, copy.copy(ba), copy.copy(ba) is ba)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = []

    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)


p = Point(1, 2)
q = copy.copy(p)
q.x = 10
q.tags.append('shared')
print(p, q, type(q).__name__, q.tags is p.tags)


class Slots:
    __slots__ = ('a', 'b', '__private')

    def __init__(self):
        self.a = [1]
        self.__private = 'p'


sc = copy.copy(Slots())
print(sc.a, hasattr(sc, 'b'), sc._Slots__private)


class Both(Slots):
    def __init__(self):
        super().__init__()
        self.extra = 'dict attr'


bc = copy.copy(Both())
print(bc.a, bc.extra, bc._Slots__private, sorted(vars(bc)))


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.label = 'lbl'
mc = copy.copy(ml)
md = copy.copy(MyDict(a=1))
print(mc, type(mc).__name__, mc.label, mc[1] is ml[1], md, type(md).__name__)


class Counted:
    copies = 0

    def __copy__(self):
        Counted.copies += 1
        return 'custom copy %d' % Counted.copies


print(copy.copy(Counted()), copy.copy(Counted()), copy.copy(Counted))


class MyInt(int):
    pass


class MyStr(str):
    pass


mi = copy.copy(MyInt(7))
ms = copy.copy(MyStr('s'))
print(mi, type(mi).__name__, ms, type(ms).__name__, copy.Error is copy.error, issubclass(copy.Error, Exception))
