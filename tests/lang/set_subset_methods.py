# issubset / issuperset / isdisjoint with sets and other iterables.
a = {1, 2, 3}
print(a.issubset({1, 2, 3, 4}), a.issubset([3, 2, 1]), a.issubset(range(3)))
print(a.issubset(a), set().issubset([]), a.issubset('123'))
print(a.issuperset({1}), a.issuperset([1, 2, 3, 3]), a.issuperset([4]), a.issuperset(()))
print(a.isdisjoint({4, 5}), a.isdisjoint([3]), a.isdisjoint(range(4, 10)), a.isdisjoint(a))
print(set().isdisjoint(set()), frozenset(a).isdisjoint(frozenset({9})))
print(frozenset({1}).issubset({1, 2}), frozenset({1, 2}).issuperset(frozenset()))
big = set(range(1000))
print(big.issuperset(range(0, 1000, 7)), big.issuperset(range(995, 1005)))
print({5}.isdisjoint(big), {-5}.isdisjoint(big), big.isdisjoint({-5, -6}))
print(a.issubset({1: 'x', 2: 'y', 3: 'z'}), a.issuperset({1: 0}))
for bad in [1, None, 2.5]:
    try:
        a.issubset(bad)
    except TypeError as e:
        print('TypeError:', e)
    try:
        a.isdisjoint(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    a.issuperset([[1]])
except TypeError as e:
    print('TypeError:', e)
try:
    a.issubset()
except TypeError as e:
    print('TypeError:', e)
try:
    frozenset().isdisjoint(1, 2)
except TypeError as e:
    print('TypeError:', e)
