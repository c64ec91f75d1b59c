# Iterating and modifying dicts.
d = {}
for i in range(10):
    d[i] = i * i
print(d)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d2 = {'a': 1, 'b': 2}
try:
    for k in d2:
        del d2[k]
except RuntimeError as e:
    print('RuntimeError:', e)
print(d2)
d3 = {'x': 1, 'y': 2}
for k in d3:
    d3[k] = d3[k] * 10
print(d3)
inv = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
total = 0
for v in {'p': 3, 'q': 4}.values():
    total += v
print(total)
print(list(enumerate({'z': 0, 'y': 0})))
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items())))
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])))
print(max({'a': 3, 'b': 7, 'c': 5}.items(), key=lambda kv: kv[1]))
