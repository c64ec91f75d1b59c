# Assignment targets: subscripts, slices and nested targets in one statement.
a = [0, 0, 0, 0]
a[0], a[1:3] = 'first', ['s1', 's2']
print(a)
d = {}
d['k'], (d['x'], d['y']) = 1, (2, 3)
print(d)
grid = [[0, 0], [0, 0]]
grid[0][1], grid[1][0] = 'ur', 'll'
print(grid)
x = [1, 2, 3]
x[::2] = x[1], x[0]
print(x)
head, *tail = x
tail[0] = 'changed'
print(head, tail, x)
i = 0
lst = ['a', 'b', 'c']
i, lst[i] = 2, 'Z'
print(i, lst)
p, q = q_initial, p_initial = 'P', 'Q'
print(p, q, q_initial, p_initial)
(m, n), o = [1, 2], 3
print(m, n, o)
[r, [s, [t, u]]] = 1, [2, [3, 4]]
print(r, s, t, u)
try:
    first, *middle, last = 'x'
except ValueError as e:
    print('ValueError:', e)
*front, back = [1]
print(front, back)
for a_, *rest_ in ['abc', 'de', 'f']:
    print(a_, rest_)
