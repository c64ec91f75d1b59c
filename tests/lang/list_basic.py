# List creation, indexing, mutation, len, membership.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1])
a[0] = 10
a[-1] = 30
print(a)
print(2 in a, 5 in a, 5 not in a)
print(a + [4, 5], a * 2, [0] * 3, 2 * [None], [] * 5)
print(list(), list('abc'), list((1, 2)), list(range(4)), list({'x': 1, 'y': 2}))
b = a
b.append(99)
print(a, a is b, a == b)
c = list(a)
c.append(100)
print(a, c, a is c)
nested = [[0] * 2] * 2
nested[0][0] = 5
print(nested)
grid = []
for i in range(2):
    grid.append([0] * 2)
grid[0][0] = 5
print(grid)
x = [1, 2]
x += [3]
print(x)
x += 'ab'
print(x)
x *= 2
print(x)
y = x
y += [0]
print(x is y, len(x))
print([1, [2, [3, [4]]]][1][1][1][0])
print(a.__len__(), a.__getitem__(1), a.__contains__(99))
e = []
e.append(e)
print(e, len(e))
