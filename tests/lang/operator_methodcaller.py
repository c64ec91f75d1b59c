# operator.methodcaller: positional and keyword arguments, repr, user methods, errors.
from operator import methodcaller

print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('split', ',', 1)('a,b,c'))
print(methodcaller('split', sep='-', maxsplit=1)('x-y-z'), methodcaller('get', 'k', 'dflt')({}))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'a', k=2, z='s')), repr(methodcaller('g', x=[1])))
print(type(methodcaller('f')).__name__, list(map(methodcaller('strip', '*'), ['*a*', 'b**'])))


class Account:
    def __init__(self):
        self.log = []

    def deposit(self, amount, *, note=''):
        self.log.append((amount, note))
        return len(self.log)

    def __repr__(self):
        return 'Account(%r)' % (self.log,)


acc = Account()
dep = methodcaller('deposit', 5, note='first')
print(dep(acc), dep(acc), acc)
lists = [[3, 1, 2], [9, 8]]
list(map(methodcaller('sort', reverse=True), lists))
print(lists, methodcaller('__len__')('four'), methodcaller('count', 1)([1, 1, 2]))
args = [1]
mc = methodcaller('append', args)
target = []
mc(target)
args.append(2)
print(target)
for bad in [lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller(name='x'),
            lambda: methodcaller('upper')(), lambda: methodcaller('upper')('a', 'b'),
            lambda: methodcaller('upper')(obj='a'), lambda: methodcaller('nope')('a'),
            lambda: methodcaller('upper', 1)('a'), lambda: methodcaller('deposit', bad=1)(acc),
            lambda: methodcaller('deposit')(acc)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
