# repr/str of sets and frozensets of various element types.
print(set(), frozenset(), {0}, frozenset({0}))
print(repr({1, 2}), str(frozenset({1, 2})))
print({None}, {True, False}, {1.5, -0.0}, {(1, 2), (3,)}, {()})
print({'a'}, frozenset({'b'}), {b'x'} == {b'x'})
print({frozenset({1}), frozenset()})
print(frozenset({frozenset({frozenset()})}))
print([set(), {1}], (frozenset(),), {'k': {2}})
print({1e100, 1e-100, float('inf'), -float('inf')} == {-float('inf'), float('inf'), 1e100, 1e-100})
print(set([2.5, 3.5, 10.25]))
print({-1, -2}, {-(2 ** 62)}, {2 ** 100})
print(str({3, 1, 2}) == repr({3, 1, 2}))
s = {1}
l = [s]
print(l, repr(l))
print(len(repr(set(range(100)))), repr(set(range(5))))
print(repr(frozenset(range(3))), str(frozenset(range(3))))
