# Matrix operations written with nested comprehensions.
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]


def transpose(m):
    return [list(col) for col in zip(*m)]


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError('cannot multiply %dx%d by %dx%d' % (len(a), len(a[0]), len(b), len(b[0])))
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def show(m):
    w = max(len(str(v)) for row in m for v in row)
    return '\n'.join(' '.join(str(v).rjust(w) for v in row) for row in m)


print(show(transpose(A)))
print(show(matmul(A, B)))
print(matmul(A, identity(3)) == A, matmul(identity(2), A) == A)
print([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(A, A)])
print([row[i] for i, row in enumerate(identity(4))], sum(sum(r) for r in identity(5)))
print(show([[i * j for j in range(1, 10)] for i in range(1, 10)]))
print([[v for j, v in enumerate(row) if j != 1] for i, row in enumerate(A)])
spiral = [[0] * 3 for _ in range(3)]
print([[(r, c) for c in range(2)] for r in range(2)])
print([list(reversed(col)) for col in zip(*A)])
try:
    matmul(A, A)
except ValueError as e:
    print('ValueError:', e)
