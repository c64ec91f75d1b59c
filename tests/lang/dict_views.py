# keys/values/items views are live.
d = {'one': 1, 'two': 2}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d['three'] = 3
print(k, v, it)
print(len(k), 'one' in k, 2 in v, ('two', 2) in it, ('two', 3) in it)
print(list(k), list(v), list(it))
print(sorted(k), sorted(v, reverse=True))
del d['one']
print(list(k), len(v))
for key, value in d.items():
    print(key, '->', value)
for key in d:
    print(key, d[key])
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())))
print(k == {'two', 'three'}, k - {'two'} == {'three'})
print(sorted(k & {'three', 'four'}), sorted(k | {'x'}))
print(list(d.items())[0], tuple(d.values()))
print(type(k).__name__, type(v).__name__, type(it).__name__)
e = {}
print(e.keys(), e.values(), e.items())
