# Matrix multiplication, transpose, determinant and identity checks.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError('shape mismatch: %dx%d times %dx%d' % (rows, len(a[0]), inner, cols))
    out = []
    for i in range(rows):
        row = []
        for j in range(cols):
            s = 0
            for k in range(inner):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out


def transpose(m):
    return list(map(list, zip(*m)))


def identity(n):
    out = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        out.append(row)
    return out


def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = []
        for r in m[1:]:
            minor.append(r[:c] + r[c + 1:])
        total += (-1) ** c * m[0][c] * det(minor)
    return total


def show(m):
    for row in m:
        print(' '.join(map(lambda v: '%5s' % v, row)))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print('det', det(m), det(identity(4)), det([[1, 2], [2, 4]]))
p = identity(2)
fibm = [[1, 1], [1, 0]]
for _ in range(30):
    p = matmul(p, fibm)
print('fib(30) via matrix power', p[0][1])
try:
    matmul(a, a)
except ValueError as e:
    print('ValueError:', e)
f = [[0.5, 1.5], [2.0, -1.0]]
show(matmul(f, f))
