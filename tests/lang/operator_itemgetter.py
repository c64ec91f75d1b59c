# operator.itemgetter: one or several items, slices, dict keys, sorting keys, repr, errors.
from operator import itemgetter

g = itemgetter(1)
print(g('abc'), g([10, 20]), g({1: 'one'}), repr(g), type(g).__name__, type(g).__module__)
g2 = itemgetter(0, -1, slice(1, 3))
print(g2('hello'), repr(g2), itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(repr(itemgetter('k')), repr(itemgetter((1, 2))), itemgetter((1, 2))({(1, 2): 'tuple key'}))
rows = [('bob', 25, 'x'), ('amy', 31, 'y'), ('cat', 25, 'a')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1))[0], itemgetter(2)(rows[0]))
print(itemgetter(0)(itemgetter(1)([[1], [2, 3]])), itemgetter(0, 0)('a'))


class Grid:
    def __getitem__(self, key):
        return 'Grid[%r]' % (key,)


print(itemgetter((1, 2), 'x')(Grid()), itemgetter(Ellipsis)(Grid()))
print(repr(itemgetter([1, [2]])), repr(itemgetter(1.5, None, ())))
for bad in [lambda: itemgetter(), lambda: itemgetter(1, k=2), lambda: g(), lambda: g('ab', 'cd'),
            lambda: g(seq='ab'), lambda: g('a'), lambda: g(5), lambda: itemgetter('x')({}), lambda: g2('a'),
            lambda: itemgetter([])({}), lambda: itemgetter('a')([1])]:
    try:
        print(bad())
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)
try:
    class Sub(itemgetter):
        pass
except TypeError as e:
    print('TypeError:', e)
