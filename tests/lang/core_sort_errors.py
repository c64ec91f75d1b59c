# sort's errors: a raising __lt__ leaves the list a permutation in CPython's
# exact intermediate order; key errors leave it untouched; mutation during
# the sort raises ValueError; argument errors.
class Bad:
    def __init__(self, v): self.v = v

    def __lt__(self, o):
        if self.v == 13 or o.v == 13:
            raise ValueError('boom %r %r' % (self.v, o.v))
        return self.v < o.v

    def __repr__(self): return str(self.v)


for n in (5, 20, 70, 150):
    vals = [(i * 37) % n for i in range(n)]
    if 13 not in vals:
        vals[n // 2] = 13
    for rev in (False, True):
        l = [Bad(v) for v in vals]
        try:
            l.sort(reverse=rev)
        except ValueError as e:
            print(e, l)
lst = [5, 4, 3, 2, 1]


def keyf(x):
    print('key', x, len(lst))
    return -x


lst.sort(key=keyf)
print(lst)


def keybad(x):
    if x == 3:
        raise KeyError(x)
    return x


lst = [5, 4, 3, 2, 1]
try:
    lst.sort(key=keybad)
except KeyError as e:
    print('KeyError', e, lst)
lst = [3, 1, 2]


def mod(x):
    lst.append(x)
    return x


try:
    lst.sort(key=mod)
except ValueError as e:
    print(type(e).__name__, e, lst)


class M:
    def __init__(self, v): self.v = v

    def __lt__(self, o):
        lst2.append(1)
        return self.v < o.v

    def __repr__(self): return 'M%d' % self.v


lst2 = [M(2), M(1)]
try:
    lst2.sort()
except ValueError as e:
    print(type(e).__name__, e, lst2)
lst2 = [M(1)]
lst2.sort()
print(lst2)
lst3 = [3, 2, 1]
lst3.sort(key=lambda x: lst3.clear() or x)
print(lst3)
for bad in ((1,), (None, True)):
    try:
        [].sort(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
for kw in ({'reverse': None}, {'reverse': 'x'}, {'cmp': 1}, {'key': 1},
           {'reverse': 2.0}, {'reverse': []}, {'key': None, 'reverse': 1}):
    try:
        l = [2, 1, 3]
        print(l.sort(**kw), l, sorted(l, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
for a in ((), (1, 2), ([1],), (5,)):
    try:
        print(sorted(*a))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1], iterable=2)
except TypeError as e:
    print(type(e).__name__, e)
data = [(i % 3, -i) for i in range(10)]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
[3, 'x', 1].sort()
