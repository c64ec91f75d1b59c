# operator's sequence functions: concat, contains, countOf, indexOf, item access, length_hint.
import operator as op

print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), ()), op.concat(b'x', b'y'))
print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({'k': 1}, 'k'), op.__contains__(range(3), 5))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf('banana', 'a'), op.countOf(iter([None] * 3), None))
print(op.indexOf([5, 6, 7], 7), op.indexOf('abc', 'c'), op.indexOf((x for x in 'xyz'), 'y'))
d = {'a': 1}
print(op.getitem(d, 'a'), op.getitem('hello', slice(1, 3)), op.getitem([1, 2, 3], -1))
print(op.setitem(d, 'b', 2), d, op.delitem(d, 'a'), d)
lst = list(range(6))
op.setitem(lst, slice(0, 2), ['x'])
op.delitem(lst, slice(None, None, 2))
print(lst, op.length_hint([1, 2]), op.length_hint(iter(range(4))), op.length_hint(5), op.length_hint(5, 7))
print(op.length_hint(iter('abc')), op.length_hint(iter({1, 2})), op.length_hint((x for x in []), 3))


class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __add__(self, other):
        return Seq(*(self.items + list(other.items)))

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return 'Seq%r' % (tuple(self.items),)


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


print(op.concat(Seq(1), Seq(2)), op.contains(Seq(1, 2), 2), op.countOf(Seq(3, 3), 3), op.indexOf(Seq(4, 5), 5))
print(op.length_hint(Seq(1, 2, 3)), op.length_hint(Hinted(4)), op.length_hint(Hinted(NotImplemented), 9))
print(op.length_hint(Hinted(TypeError('ignored')), 2))


class Eq:
    def __eq__(self, other):
        return True


print(op.countOf([1, 'a', None], Eq()), op.indexOf([3, 4], Eq()), op.contains([0], Eq()))
for name, args in [('concat', (1, 2)), ('concat', ([1], 2)), ('concat', ('a', 1)), ('concat', ({}, {})),
                   ('contains', (1, 2)), ('countOf', (1, 2)), ('indexOf', (3, 1)), ('indexOf', ([1], 2)),
                   ('getitem', ([1], 5)), ('getitem', ({}, 'k')), ('getitem', (1, 0)), ('setitem', ((1,), 0, 2)),
                   ('setitem', (1, 2)), ('delitem', (5, 0)), ('delitem', ('ab', 0)), ('delitem', ([], 0)),
                   ('length_hint', ([], 'x')), ('length_hint', ([], 1.5)), ('length_hint', (Hinted(-1),)),
                   ('length_hint', (Hinted('3'),)), ('length_hint', (Hinted(KeyError('k')),)), ('length_hint', ())]:
    try:
        print(name, getattr(op, name)(*args))
    except (TypeError, ValueError, IndexError, KeyError) as e:
        print(name, '->', type(e).__name__ + ':', e)
