# Set operators and their method equivalents.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference([1], [2]))
print(a <= b, a < a, a <= a, {1, 2} < a, a > {1}, a >= a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
c.intersection_update([3, 10, 20])
print(c)
c.difference_update({10})
print(c)
c.symmetric_difference_update({3, 4})
print(c)
print(a == {4, 3, 2, 1}, a != b)
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
try:
    a + b
except TypeError as e:
    print('TypeError:', e)
try:
    a < [1]
except TypeError as e:
    print('TypeError:', e)
print(set() <= set(), set() < set(), {1} > set())
