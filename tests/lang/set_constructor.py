# set() and frozenset() from every kind of iterable.
print(set([3, 1, 2]), set((9, 8)), set(range(5)), set(range(10, 0, -3)))
print(set({5: 'a', 1: 'b', 13: 'c'}), set({5: 1}.items()), set({7: 1}.values()))
print(sorted(set('hello')), len(set('mississippi')))
print(set({1, 2}), set(frozenset({3, 4})), frozenset(set([5, 6])))
f = frozenset([1, 2, 3])
print(frozenset(f) is f, frozenset(f) == f, set(f) is f)
s = {1, 2}
print(set(s) is s, set(s) == s)
print(frozenset(), set(), frozenset([]), set(()))
print(set(iter([4, 4, 4])), frozenset(iter(())))
print(set([1, 1.0, True]), set([0.0, 0, False]), set([True, 1]))
print(set([(1, 2), (1, 2), (2, 1)]))
print(set(range(0)), set(range(1)))
print(type(set()).__name__, type(frozenset()).__name__, set.__name__)
print(isinstance({1}, set), isinstance(frozenset(), set), isinstance(frozenset(), frozenset))
print(set.__doc__.split('\n')[0])
print(frozenset.__doc__.split('\n')[0])
try:
    set(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    set(iterable=[1])
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset(iterable=[1])
except TypeError as e:
    print('TypeError:', e)
try:
    set(5)
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset([[]])
except TypeError as e:
    print('TypeError:', e)
