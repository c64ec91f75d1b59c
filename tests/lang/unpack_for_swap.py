# Swaps, rotations and unpacking in loops.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [5, 1, 4, 2, 3]
for i in range(len(x)):
    for j in range(len(x) - 1 - i):
        if x[j] > x[j + 1]:
            x[j], x[j + 1] = x[j + 1], x[j]
print(x)
fib_a, fib_b = 0, 1
for _ in range(15):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a, fib_b)
pairs = {'a': 1, 'b': 2}
for key, val in pairs.items():
    print(key, val)
matrix = [[1, 2, 3], [4, 5, 6]]
for r0, r1, r2 in matrix:
    print(r0 + r1 + r2)
for (i, j), v in [((0, 0), 'origin'), ((1, 2), 'point')]:
    print(i, j, v)
data = [('x', [1, 2]), ('y', [3])]
for name, (first, *more) in data:
    print(name, first, more)
