# itertools.groupby: groups share the input; advancing makes old groups empty.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('aabbbcaa')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])], list(groupby([])))
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(['ab', 'ac', 'b', 'bd', 'a'], key=lambda s: s[0])])
groups = [(k, g) for k, g in groupby('xxyyz')]
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(g2))
print([k for k, _ in groupby('mississippi')])
gb = groupby([1, 1, 2])
k, g = next(gb)
print(list(g), next(gb)[0], list(g))
reads = []


def source():
    for c in 'aabbcc':
        reads.append(c)
        yield c


gb = groupby(source())
k, g = next(gb)
print(k, reads)
k, g = next(gb)
print(k, reads, next(g), reads)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v


keys = [(k.v, list(g)) for k, g in groupby([1, 1, 2], key=Key)]
print(keys)
print(sorted((k, ''.join(g)) for k, g in groupby(sorted('banana'))))
runs = [(k, sum(1 for _ in g)) for k, g in groupby([0, 0, 1, 1, 1, 0])]
print(runs, max(runs, key=lambda r: r[1]))
print(type(g).__name__, type(gb).__name__, iter(g) is g)
gb = groupby([1, 2], key=lambda x: 1 / (x - 2))
print(next(gb)[0])
try:
    next(gb)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
for bad in [lambda: groupby(), lambda: groupby(5), lambda: groupby([1], None, 1), lambda: groupby([1], k=1),
            lambda: list(groupby([1, 2], key=5))]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
