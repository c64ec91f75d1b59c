# Symmetric differences start from a copy of the right operand.
a = {1, 2, 3, 4, 9}
b = {3, 4, 5, 6, 17}
print(a ^ b, b ^ a)
print(a.symmetric_difference(b), a.symmetric_difference([5, 5, 1, 25]))
print(a.symmetric_difference({2: 'x', 33: 'y'}))
print(a ^ a, a.symmetric_difference(a))
c = set(range(10))
c.symmetric_difference_update(range(5, 15))
print(c)
c ^= {0, 100}
print(c)
c.symmetric_difference_update({14: 1, 200: 2})
print(c)
c.symmetric_difference_update(c)
print(c)
f = frozenset({1, 2}) ^ {2, 3}
print(f, type(f).__name__)
g = {8, 16} ^ frozenset({16, 24})
print(g, type(g).__name__)
h = set(range(30))
h ^= set(range(10, 40))
print(h)
