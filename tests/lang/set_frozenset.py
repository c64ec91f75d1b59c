# frozenset: immutable, hashable.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f)
print(frozenset(), frozenset('a'), frozenset(range(4)))
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= g, f.issubset({1, 2, 3, 4}))
d = {f: 'frozen'}
print(d[frozenset([1, 2, 3])])
s = {f, frozenset([1, 2, 3]), g}
print(len(s))
print(hash(frozenset()) == hash(frozenset([])))
print(f.copy() == f, f.union([9]), f.intersection([1, 9]))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
nested = frozenset([frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
print(sorted(f), sorted(f, reverse=True), max(f), min(f), sum(f))
