# List slicing, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::2], a[1::3], a[::-1], a[8:2:-2])
print(a[-3:], a[:-3], a[-3:-1], a[100:], a[-100:2], a[5:2], a[::-3])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[0:0] = [100, 101]
print(b)
b[-1:] = []
print(b)
b[:] = [1, 2, 3]
print(b)
b[1:2] = range(3)
print(b)
b[len(b):] = 'ab'
print(b)
c = list(range(10))
c[::2] = ['e'] * 5
print(c)
c[1::2] = [0, 0, 0, 0, 0]
print(c)
c[::-3] = [7, 8, 9, 6]
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
try:
    e[::2] = [1, 2, 3]
except ValueError as ex:
    print('ValueError:', ex)
try:
    e[0:1] = 5
except TypeError as ex:
    print('TypeError:', ex)
try:
    e[::0]
except ValueError as ex:
    print('ValueError:', ex)
e[5:10] = [4]
print(e)
f = [1, 2, 3, 4]
f[1:3] = f
print(f)
