# Set displays and unpacking into displays.
a = {5, 3, 9}
b = [17, 1, 5]
print({*a}, {*a, *b}, {*b, *a})
print({*range(5), 10, *(20, 30)})
print({1, 1, 2, 2}, {1, 1.0}, {2.0, 2})
print({0, *a, 0})
c = {*()}
print(c, type(c).__name__)
d = {'k': 1, 'j': 2}
print(sorted({*d}), sorted({*d.items()}))
e = {*set(range(10)), *frozenset(range(5, 15))}
print(e)
f = {*set(range(6))}
print(f, list(f) == list(set(range(6))))
t = (4, 12, 20)
print({*t, *t}, {(*t,)})
try:
    {*5}
except TypeError as e:
    print('TypeError:', e)
try:
    {1, [2]}
except TypeError as e:
    print('TypeError:', e)
print(len({*'abcabc'}))
print({7, 15, 23, 31, 39}, list({10, 1, 10, 2, 1, 3}), {0.1, 0.2, 0.3})
r = []
for x in {40, 32, 24, 16, 8}:
    r.append(x)
print(r, 16 in {8, 16, 24}, 5 in {1, 2, 3})
