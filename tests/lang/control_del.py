# del statement on names, list items, slices and dict keys.
x = 10
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = [0, 1, 2, 3, 4, 5]
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[:]
print(a)
d = {'k1': 1, 'k2': 2, 'k3': 3}
del d['k2']
print(d)
try:
    del d['missing']
except KeyError as e:
    print('KeyError:', e)
p, q = 1, 2
del p, q
try:
    p
except NameError as e:
    print('NameError:', e)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
try:
    del undefined_thing
except NameError as e:
    print('NameError:', e)
def f():
    v = 1
    del v
    v = 2
    return v
print(f())
n = [1, 2, 3]
del (n[0])
print(n)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
