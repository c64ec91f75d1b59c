# operator's comparisons and truth functions: rich comparisons, identity, user classes.
import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 2.5), op.ge([1, 2], [1, 3]))
print(op.lt('abc', 'abd'), op.eq([1], (1,)), op.ne(None, 0), op.gt((2,), (1, 9)), op.le({1}, {1, 2}))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.is_(None, None), op.is_not(None, 0))
a = [1]
print(op.is_(a, a), op.is_(a, [1]), op.is_not(a, [1]), op.eq(a, [1]), op.__lt__ is op.lt, op.__not__(1))
nan = float('nan')
print(op.eq(nan, nan), op.is_(nan, nan), [nan].count(nan), op.countOf([nan], nan))


class Ver:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        return 'lt(%d, %d)' % (self.n, o.n)

    def __eq__(self, o):
        return self.n == getattr(o, 'n', None)

    def __gt__(self, o):
        return NotImplemented

    def __bool__(self):
        return self.n > 0

    __hash__ = None


print(op.lt(Ver(1), Ver(2)), op.gt(Ver(2), Ver(1)), op.eq(Ver(1), Ver(1)), op.ne(Ver(1), Ver(2)))
print(op.truth(Ver(0)), op.not_(Ver(3)), op.eq(Ver(1), 1), op.ne(1, Ver(1)))
print(sorted([3, 1, 2], key=op.neg), max(['b', 'a'], key=op.itemgetter(0)))


class NoBool:
    def __bool__(self):
        raise ValueError('ambiguous')


class BadLen:
    def __len__(self):
        return -1


for name, args in [('lt', (1, 'a')), ('ge', ([], ())), ('gt', (Ver(1), Ver(2))), ('not_', (NoBool(),)),
                   ('truth', (NoBool(),)), ('truth', (BadLen(),)), ('eq', (1,)), ('is_', (1, 2, 3)),
                   ('lt', (None, None))]:
    try:
        print(name, getattr(op, name)(*args))
    except (TypeError, ValueError) as e:
        print(name, '->', type(e).__name__ + ':', e)
