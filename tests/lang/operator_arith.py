# operator's arithmetic and bitwise functions, their dunder aliases, user classes.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.pow(2.0, -1), op.lshift(1, 70), op.rshift(-256, 4), op.and_(12, 10), op.or_(12, 10))
print(op.xor(12, 10), op.neg(5), op.pos(-2.5), op.abs(-7), op.inv(5), op.invert(-1), op.index(2**80))
print(op.add('ab', 'cd'), op.mul([0], 3), op.mul(2, 'xy'), op.mod('%s-%d', ('a', 1)), op.or_({1}, {2}))
print(op.and_(True, False), op.xor(True, True), op.neg(True), op.abs(-0.0), op.sub({1, 2}, {2}))
print(op.__add__ is op.add, op.__inv__ is op.inv, op.__not__ is op.not_, op.__and__ is op.and_, op.__call__)
print(op.add, op.__abs__.__name__, op._abs(-3), op.index.__name__)


class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return 'V(%r)' % (self.x,)

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(('r', o))

    def __sub__(self, o):
        return NotImplemented

    def __mul__(self, o):
        return V(self.x * o)

    def __matmul__(self, o):
        return 'matmul %r @ %r' % (self, o)

    def __neg__(self):
        return V(-self.x)

    def __abs__(self):
        return 'abs called'

    def __invert__(self):
        return V(~self.x)

    def __pow__(self, o):
        return V(self.x ** o)

    def __index__(self):
        return self.x


print(op.add(V(1), V(2)), op.add(10, V(1)), op.mul(V(3), 3), op.matmul(V(1), V(2)), op.neg(V(4)))
print(op.abs(V(1)), op.invert(V(0)), op.pow(V(3), 2), op.index(V(9)), [0, 1, 2][V(1)])
for name, args in [('sub', (V(1), 2)), ('add', (1, 'a')), ('truediv', (1, 0)), ('mod', (5, 0)),
                   ('matmul', (2, 3)), ('neg', ('s',)), ('pos', ([],)), ('abs', ('a',)), ('inv', (1.5,)),
                   ('index', (1.5,)), ('index', ('3',)), ('lshift', (1, -1)), ('pow', (0, -1)),
                   ('floordiv', (1.0, 0)), ('and_', (1.5, 1)), ('xor', ([], []))]:
    try:
        print(name, getattr(op, name)(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(name, '->', type(e).__name__ + ':', e)
