# The order of union results: copy of the left operand, then the others.
a = {1, 2, 3, 9}
b = {17, 25, 2, 33}
print(a | b, b | a)
print(a.union(b), b.union(a))
print(a.union([40, 8, 16], (24, 0), range(5)))
print(a.union(), a.union(a), a | a)
big = set(range(0, 60, 3))
small = {1, 4, 7}
print(big | small)
print(small | big)
print(frozenset(small) | big, type(frozenset(small) | big).__name__)
print(big | frozenset(small), type(big | frozenset(small)).__name__)
print({100, 200} | {300} | {400, 500, 600})
x = {5, 13}
x.add(21)
x.remove(13)
print(x | {29, 37}, x.union({29}, {37}))
print(set().union({3, 11}, [19], {27: 'a', 35: 'b'}))
print({1, 2}.union('ab') == {1, 2, 'a', 'b'})
e = set()
print(e | e, e.union([]), frozenset().union())
