# collections.abc: builtin types against the ABCs, registration, hooks and mixins.
import collections.abc as cabc
from collections import OrderedDict, Counter, deque, defaultdict

samples = [[], (), '', b'', {}, set(), frozenset(), range(3), iter([]), (x for x in []), len, 5, None,
           deque(), OrderedDict(), Counter(), defaultdict(), {}.keys(), {}.items(), {}.values(), bytearray()]
abcs = [cabc.Iterable, cabc.Iterator, cabc.Generator, cabc.Sized, cabc.Container, cabc.Collection,
        cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping, cabc.Set,
        cabc.MutableSet, cabc.Hashable, cabc.Callable, cabc.Reversible, cabc.KeysView]
for s in samples:
    print(type(s).__name__.ljust(22), ''.join('x' if isinstance(s, a) else '.' for a in abcs))
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence), issubclass(str, cabc.Hashable))


class Squares(cabc.Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(5)
print(list(sq), 9 in sq, sq.index(16), sq.count(4), list(reversed(sq)), isinstance(sq, cabc.Iterable))


class Registry(cabc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r.update(a=1, b=2)
r.setdefault('c', 3)
print(r.pop('a'), r.get('zz', 'no'), sorted(r.items()), list(r.keys()), r == {'b': 2, 'c': 3}, 'b' in r)
print(r.popitem(), len(r), list(r.keys()), type(r.keys()).__name__, isinstance(r.items(), cabc.Set))


class Quacks:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


print(isinstance(Quacks(), cabc.Sized), isinstance(Quacks(), cabc.Iterable), isinstance(Quacks(), cabc.Container))
cabc.Sequence.register(Quacks)
print(isinstance(Quacks(), cabc.Sequence), issubclass(Quacks, cabc.Reversible))


class Half(cabc.Mapping):
    def __getitem__(self, k):
        return k


try:
    Half()
except TypeError as e:
    print('TypeError:', e)
try:
    cabc.Sequence.register(3)
except TypeError as e:
    print('TypeError:', e)
print(cabc.Iterable, cabc.Mapping.__module__, sorted(cabc.MutableSequence.__abstractmethods__))
