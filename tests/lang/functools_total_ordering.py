# total_ordering: the missing comparisons derived from each possible root, NotImplemented.
from functools import total_ordering


def make(root):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented,
          '__repr__': lambda self: '%s(%r)' % (type(self).__name__, self.v)}
    ops = {'__lt__': lambda s, o: s.v < o.v if isinstance(o, type(s)) else NotImplemented,
           '__le__': lambda s, o: s.v <= o.v if isinstance(o, type(s)) else NotImplemented,
           '__gt__': lambda s, o: s.v > o.v if isinstance(o, type(s)) else NotImplemented,
           '__ge__': lambda s, o: s.v >= o.v if isinstance(o, type(s)) else NotImplemented}
    ns[root] = ops[root]
    return total_ordering(type('By' + root.strip('_').upper(), (), ns))


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    C = make(root)
    a, b, c = C(1), C(2), C(1)
    print(C.__name__, [a < b, a <= b, a > b, a >= b, a < c, a <= c, a > c, a >= c, b > a, b >= a],
          sorted([C(3), C(1), C(2)]), sorted(k for k in ('__lt__', '__le__', '__gt__', '__ge__') if k in vars(C)))
    print('   derived names:', [getattr(C, k).__name__ for k in ('__lt__', '__le__', '__gt__', '__ge__')])
    for op in ('<', '<=', '>', '>='):
        try:
            eval('a ' + op + ' 5')
        except TypeError as e:
            print('   TypeError:', e)


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), min(vs), Version('1.0') >= Version('1.0'), Version('2') > Version('10'))


@total_ordering
class Inherits(int):
    pass


print(Inherits(3) < Inherits(4), 'given' if '__le__' in vars(Inherits) else 'not added')
try:
    @total_ordering
    class NoOrder:
        def __eq__(self, other):
            return True
except ValueError as e:
    print('ValueError:', e)
