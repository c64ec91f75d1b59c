# bisect: the comparisons made (x < a[mid] vs a[mid] < x) match CPython's.
import bisect

log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append('%s<%s' % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'K%s' % self.v


a = [K(v) for v in range(0, 20, 2)]
for name in ('bisect_left', 'bisect_right'):
    for x in (K(7), K(8), K(-1), K(30)):
        i = getattr(bisect, name)(a, x)
        print(name, x, i, ' '.join(log))
        del log[:]
b = []
for v in [5, 3, 5, 1]:
    bisect.insort_left(b, K(v))
    print('insort_left', b, ' '.join(log))
    del log[:]
keylog = []


def key(k):
    keylog.append(k.v)
    return k


c = [K(v) for v in [1, 3, 5, 7, 9]]
print(bisect.bisect(c, K(6), key=key), ' '.join(log), keylog)
del log[:], keylog[:]
bisect.insort(c, K(4), key=key)
print(c, ' '.join(log), keylog)
