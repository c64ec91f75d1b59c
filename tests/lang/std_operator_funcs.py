# operator module functions: arithmetic, comparison, logical, sequence operations.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 8), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.index(7))
print(op.eq(1, 1.0), op.ne('a', 'b'), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge(1, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf('banana', 'a'))
print(op.indexOf('hello', 'l'), op.concat('ab', 'cd'), op.concat([1], [2]))
seq = [1, 2, 3]
op.setitem(seq, 0, 'first')
op.delitem(seq, 1)
print(seq, op.getitem(seq, -1), op.getitem('abc', slice(1, None)))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(5, 3), op.imul('ab', 2), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 9))
print(op.matmul.__name__, op.add.__name__, op.__add__ is op.add)
from functools import reduce
print(reduce(op.mul, range(1, 6)), list(map(op.add, [1, 2], [10, 20])), sorted([3, 1, 2], key=op.neg))
print(list(map(op.itemgetter(0), ['ab', 'cd'])), list(filter(op.truth, [0, 1, '', 'x'])))
for label, fn in [('truediv zero', lambda: op.truediv(1, 0)), ('add mixed', lambda: op.add(1, 'a')),
                  ('index float', lambda: op.index(1.5)), ('indexOf missing', lambda: op.indexOf([1], 2)),
                  ('getitem bad', lambda: op.getitem({}, 'k')), ('lt mixed', lambda: op.lt(1, 'a'))]:
    try:
        print(label, fn())
    except (ZeroDivisionError, TypeError, ValueError, KeyError) as e:
        print(label, '->', type(e).__name__ + ':', e)
