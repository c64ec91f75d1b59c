# Binary arithmetic operators on a user-defined vector type.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return 'Vec' + repr(self.c)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*[a * k for a in self.c])
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __pow__(self, k):
        return Vec(*[a ** k for a in self.c])
    def __matmul__(self, o):
        return 'matmul(%r, %r)' % (self, o)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __and__(self, o):
        return 'and'
    def __or__(self, o):
        return 'or'
    def __xor__(self, o):
        return 'xor'
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return self << (len(self.c) - n)

u = Vec(1, 2, 3)
v = Vec(4, 5, 6)
print(u + v, v - u, u * 3, u * v)
print(v / 2, v // 4, v % 4, u ** 2)
print(u @ v)
print(divmod(v, 4))
print(u & v, u | v, u ^ v)
print(u << 1, u >> 1)
print(u + v * 2 - Vec(1, 1, 1))
print(((u + v) * 2) ** 2)
total = Vec(0, 0, 0)
for k in range(3):
    total = total + Vec(k, k, k)
print(total)
try:
    u + 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    u - 'x'
except AttributeError as e:
    print('AttributeError:', e)
try:
    3 * u
except TypeError as e:
    print('TypeError:', e)
try:
    u < v
except TypeError as e:
    print('TypeError:', e)
