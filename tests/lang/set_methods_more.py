# More set behaviour: chained operators, comparison, copying, iteration order of ints.
a = set(range(0, 20, 2))
b = set(range(0, 20, 3))
c = {1, 2, 3, 4, 5}
print(a & b & c, a | b | c == set(range(20)) - {1, 5, 7, 11, 13, 17, 19} | {1, 5})
print(sorted((a - b) ^ c), (a | c) - (b | c))
print(a.union(b, c) == a | b | c, a.intersection(b, c), a.difference(b, c))
s = set()
for i in (5, 3, 9, 3, 1, 5):
    s.add(i)
print(s, len(s))
print(sorted(s, reverse=True), max(s), min(s), sum(s))
t = s
u = s.copy()
s.add(100)
print(100 in t, 100 in u)
print({1, 2} == frozenset({1, 2}), {1, 2}.issubset(frozenset({1, 2, 3})))
print(set([1, 2]) < {1, 2, 3} < set(range(5)))
removed = []
work = {4, 2, 8, 6}
while work:
    removed.append(work.pop())
print(sorted(removed), work)
print(set('mississippi') == set('misp'), len(set('mississippi')))
print({(1, 2), (2, 1), (1, 2)} == {(2, 1), (1, 2)}, len({(1, 2), (2, 1), (1, 2)}))
print(set([None, None]), len({None} | {0}))
print(set(map(lambda x: x % 3, range(10))))
print({-1, -2, 3}, {10, 5, 1})
