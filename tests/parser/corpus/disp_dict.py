a = {}
b = {1: 2}
c = {'a': 1, 'b': 2,}
d = {**x}
e = {**x, 'k': v, **y}
f = {a: b for a, b in c}
g = {1: {2: 3}}
