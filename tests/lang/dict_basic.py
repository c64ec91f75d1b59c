# Dict basics: insertion order, access, update, delete, membership.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['a'] = 20
print(d, len(d))
print(d['a'], 'a' in d, 'z' in d, 'z' not in d, 20 in d)
del d['b']
print(d)
d['b'] = 100
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(x=1, y=2), dict([('p', 1), ('q', 2)]), dict({'k': 'v'}, extra=0))
print(dict(zip('abc', range(3))))
e = {}
for word in 'the quick the lazy the end'.split():
    e[word] = e.get(word, 0) + 1
print(e)
f = {1: 'int', 1.5: 'float', (1, 2): 'tuple', None: 'none', True: 'bool?', 'x': 'str'}
print(f)
print(f[1], f[(1, 2)], f[None])
g = {'a': 1}
h = g
h['b'] = 2
print(g, g is h)
print(d == {'c': 3, 'a': 20, 'b': 100}, d != {'a': 20})
print({1: 2} == {1: 2.0}, {} == {}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print(bool({}), bool({0: 0}), len({}))
d2 = {}
d2[3] = 'c'
d2[1] = 'a'
d2[2] = 'b'
del d2[1]
d2[1] = 'A'
print(d2, list(d2))
print(d.__len__(), d.__contains__('a'), d.__getitem__('c'))
