# copy via the pickle protocol: __reduce__, __getstate__/__setstate__, __getnewargs__,
# and the collections types (deque, defaultdict, OrderedDict, Counter, namedtuple).
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))

    def __repr__(self):
        return 'Reduced(%r, %r)' % (self.a, self.b)


print(copy.copy(Reduced([1])), copy.deepcopy(Reduced([1], 5)))


class Stateful:
    def __init__(self):
        self.open = True
        self.cache = {'big': 1}

    def __getstate__(self):
        return {'open': self.open}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


sf = copy.deepcopy(Stateful())
print(sf.open, sf.cache)


class NewArgs:
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.n = n
        return obj

    def __init__(self, n):
        self.init_ran = True

    def __getnewargs__(self):
        return (self.n * 10,)


na = copy.copy(NewArgs(2))
print(na.n, na.init_ran)
P = namedtuple('P', 'x y')
p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).x is p.x, copy.copy(p).x is p.x)
dq = deque([[1], [2]], maxlen=3)
dq2 = copy.deepcopy(dq)
dq2[0].append('deep')
print(dq, dq2, copy.copy(dq), copy.copy(dq)[0] is dq[0])
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2['a'].append(2)
dd2['new']
print(dd, dd2, copy.copy(dd)['a'] is dd['a'])
od = OrderedDict([('z', [1]), ('a', [2])])
od2 = copy.deepcopy(od)
od2['z'].append(0)
print(od, od2, type(copy.copy(od)).__name__)
cn = Counter('banana')
print(copy.copy(cn), copy.deepcopy(cn) == cn, type(copy.deepcopy(cn)).__name__)
