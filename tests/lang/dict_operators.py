# dict | and |=, comparison, nested dicts.
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
c = dict(a)
c |= b
print(c)
c |= [('w', 0)]
print(c)
try:
    a | [('q', 1)]
except TypeError as e:
    print('TypeError:', e)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
print(a == {'y': 2, 'x': 1}, a != b)
nested = {'outer': {'inner': {'leaf': [1, 2]}}}
nested['outer']['inner']['leaf'].append(3)
nested['outer']['new'] = {}
print(nested)
print(nested['outer']['inner']['leaf'][-1])
counts = {}
for ch in 'abracadabra':
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
m = {}
m['k'] = m.get('k', 0) + 5
m['k'] -= 2
m['k'] *= 10
print(m)
