# frozenset hashes equal CPython's, so frozensets order like CPython.
print(hash(frozenset()))
print(hash(frozenset({1})), hash(frozenset({1, 2})), hash(frozenset({1, 2, 3})))
print(hash(frozenset(range(100))), hash(frozenset(range(-50, 50))))
print(hash(frozenset({(1, 2), None, 1.5, True})))
print(hash(frozenset({frozenset({1}), frozenset({2})})))
print(hash(frozenset([2 ** 64, -(2 ** 70), 0.25])))
fs = {frozenset(), frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset({3})}
print(fs)
pw = set()
items = [1, 2, 3, 4]
subsets = [frozenset()]
for x in items:
    more = []
    for s in subsets:
        more.append(s | {x})
    subsets = subsets + more
for s in subsets:
    pw.add(s)
print(len(pw))
print(list(pw))
d = {}
d[frozenset({1, 2})] = 'a'
d[frozenset({2, 1})] = 'b'
print(d, d[frozenset([1, 2])])
s = set(range(20))
for i in range(15):
    s.remove(i)
f = frozenset(s)
print(hash(f) == hash(frozenset({15, 16, 17, 18, 19})))
print({f, frozenset({15, 16, 17, 18, 19})})
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
try:
    {frozenset(), set()}
except TypeError as e:
    print('TypeError:', e)
