# A small Matrix class: tuple indexing, @ multiplication, equality, transposition.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('ragged or empty matrix')
        self.rows = [list(r) for r in rows]
        self.shape = (len(rows), len(rows[0]))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError('shape mismatch: %r @ %r' % (self.shape, other.shape))
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)]
                       for i in range(n)])

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError('shape mismatch: %r + %r' % (self.shape, other.shape))
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    @property
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join('[' + ' '.join(str(x).rjust(width) for x in r) + ']' for r in self.rows)


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = Matrix([[7, 8], [9, 10], [11, 12]])
print(a @ b)
print(a.T)
print(2 * a + a * -1)
print(a @ Matrix.identity(3) == a, a.shape, a.T.shape, (a @ b).shape)
a[0, 0] = 100
print(a[0, 0], a.rows[0])
for bad in [lambda: a @ a, lambda: a + b, lambda: Matrix([[1], [2, 3]]), lambda: Matrix([]), lambda: a[5, 0]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)
try:
    a['x']
except ValueError as e:
    print('ValueError:', e)
