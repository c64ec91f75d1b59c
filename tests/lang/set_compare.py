# Comparisons are subset tests; sets and frozensets compare by elements.
a = {1, 2}
b = {1, 2, 3}
f = frozenset({1, 2})
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < a, b <= a, b > a, b >= a)
print(a < a, a <= a, a == a, a != a, a > a, a >= a)
print(a == f, f == a, a != f, f <= a, f < b, b > f)
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}, {1, 2} >= {1, 3})
print(set() < {0}, set() <= set(), set() == frozenset(), frozenset() < frozenset({()}))
print(a == [1, 2], a != (1, 2), f == {1: 1, 2: 2}, a == None)
print({1.0, 2.0} == {1, 2}, {True} == {1}, {0} == {False, 0.0})
h1 = frozenset({1, 2, 3})
h2 = frozenset({3, 2, 1})
print(hash(h1) == hash(h2), h1 == h2)
ops = ['<', '<=', '>', '>=']
for op in ops:
    try:
        if op == '<':
            a < [1]
        elif op == '<=':
            a <= (1,)
        elif op == '>':
            a > 'ab'
        else:
            a >= None
    except TypeError as e:
        print('TypeError:', e)
try:
    [1] < f
except TypeError as e:
    print('TypeError:', e)
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len))
print(max([frozenset({5}), frozenset({5, 6})], key=len))
