# Sets built from, and combined with, dicts and dict views.
d = {9: 'a', 1: 'b', 17: 'c', 25: 'd'}
print(set(d))
print(set(d.keys()), frozenset(d))
print({3, 9} | set(d), set(d) - {1})
print(d.keys() & {1, 9, 100}, d.keys() | {2}, d.keys() - {9}, d.keys() ^ {1, 2})
print(d.keys() == {1, 9, 17, 25}, d.keys() <= {1, 9, 17, 25, 33})
s = {1, 2, 3, 17}
print(s.difference(d), s.intersection(d), s.symmetric_difference(d))
s.update(d)
print(s)
s.difference_update({1: 0, 2: 0})
print(s)
s.symmetric_difference_update({17: 0, 40: 0})
print(s)
print(s.issubset(d), {9, 25}.issubset(d), s.isdisjoint(d))
e = {}
for i in range(30):
    e[i * 5] = i
print(set(e) == set(range(0, 150, 5)), list(set(e))[:10])
m = {}
m[frozenset({1})] = 'one'
m[frozenset({1, 2})] = 'two'
print(m[frozenset([2, 1])], frozenset({1}) in m, {1} in set(m))
print(dict.fromkeys({3, 1, 2}))
