# Differences: iterate the left set, or copy it and discard.
a = set(range(20))
b = {3, 5, 7, 100}
print(a - b, b - a)
print(a.difference([1, 2, 3]), a.difference(range(10), {15, 16}))
print(a.difference({0: 1, 19: 2}), a.difference())
small = {1, 2, 3}
print(small - set(range(100)))
print(set(range(100)) - small == set(range(4, 100)))
c = set(range(64))
c.difference_update(range(32))
print(c)
c.difference_update({40, 41}, [42], range(60, 70))
print(c)
d = set(range(10))
d -= {1, 3, 5}
print(d)
d -= d
print(d)
e = set(range(8))
e.difference_update(set(range(100)))
print(e)
f = frozenset(range(6)) - {1}
print(f, type(f).__name__)
print({1, 2} - frozenset({2}), type({1, 2} - frozenset({2})).__name__)
g = set(range(40))
print(g.difference({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
print(g.difference({0: 0, 39: 0}) == set(range(1, 39)))
