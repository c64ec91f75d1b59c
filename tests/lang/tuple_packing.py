# Tuple packing, returning multiple values, and tuples as keys.
def minmax(seq):
    lo = hi = seq[0]
    for v in seq:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi
r = minmax([3, 9, -2, 7])
print(r, type(r).__name__)
lo, hi = minmax([5])
print(lo, hi)
grid = {}
for i in range(3):
    for j in range(3):
        grid[(i, j)] = i * 3 + j
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (3, 3) in grid)
points = [(1, 2), (0, 5), (1, -1), (0, 0)]
print(sorted(points))
print(sorted(points, key=lambda p: p[1]))
a, b = 1, 2
a, b = b, a
print(a, b)
t = tuple([1, [2], (3,)])
print(t, len(t))
def f():
    return 1,
print(f(), f()[0])
empty = ()
print(empty == tuple(), len(empty))
print(tuple(enumerate('xy')), tuple(zip((1, 2), (3, 4))))
