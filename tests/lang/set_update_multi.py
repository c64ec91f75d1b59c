# Methods taking several iterables at once.
s = {1}
s.update()
s.update([2], (3,), range(4, 6), {6: 0}, {7}, frozenset({8}))
print(s)
s.update(s, s)
print(s)
t = set(range(20))
t.intersection_update(range(15), {1, 3, 5, 7, 9, 11, 13, 19}, [13, 11, 9, 5])
print(t)
u = set(range(20))
u.difference_update([1, 2], (3, 4), range(10, 20), {0})
print(u)
print(set(range(10)).union([10], [11], [12]))
print(set(range(10)).intersection(range(5), [4, 3, 2], {2, 3}))
print(set(range(10)).difference([0], [1], [2], set(range(8))))
print(frozenset(range(4)).union({4}, [5]), frozenset(range(4)).intersection({1, 2}, (2,)))
a = {1, 2, 3}
print(a.union(), a.intersection(), a.difference(), a.union() is a)
print(type(frozenset({1}).union()).__name__, frozenset({1}).union() == {1})
r = {5}
print(r.update([6]), r.intersection_update([6]), r.difference_update([]), r.symmetric_difference_update([7]), r)
print(r.add(1), r.discard(1), r.clear(), r)
try:
    s.update([1], 5, [2])
except TypeError as e:
    print('TypeError:', e)
print(9 in s, 1 in s)
