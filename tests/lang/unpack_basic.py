# Tuple/list unpacking in assignments.
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = 'xy'
print(e, f)
g, = [7]
print(g)
(h,) = (8,)
print(h)
x, (y, z) = 1, (2, 3)
print(x, y, z)
((p, q), r), s = ((1, 2), 3), 4
print(p, q, r, s)
i, j, k = range(3)
print(i, j, k)
m, n = {'k1': 1, 'k2': 2}
print(m, n)
a = b = c = 0
print(a, b, c)
a, b = b, a = 5, 6
print(a, b)
lst = [0, 0, 0]
lst[0], lst[2] = 'first', 'last'
print(lst)
d = {}
d['a'], d['b'] = 1, 2
print(d)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
for (u, v) in [(1, 2), (3, 4)]:
    print(u + v, end=' ')
print()
for idx, (ch, num) in enumerate(zip('ab', [1, 2])):
    print(idx, ch, num)
