# Which comparisons sort makes: NotImplemented from __lt__ on a homogeneous
# list calls it twice (the type's slot, then the full protocol), tuples
# compare items with == first, mixed types name the pair compared.
log = []


class K:
    def __init__(self, v): self.v = v

    def __lt__(self, o):
        log.append(('lt', self.v, getattr(o, 'v', o)))
        return self.v < o.v if isinstance(o, K) else NotImplemented

    def __eq__(self, o):
        log.append(('eq', self.v, getattr(o, 'v', o)))
        return isinstance(o, K) and self.v == o.v

    def __repr__(self): return 'K%r' % (self.v,)
    __hash__ = None


class N:
    def __init__(self, v): self.v = v

    def __lt__(self, o):
        log.append(('Nlt', self.v, o.v))
        return NotImplemented

    def __gt__(self, o):
        log.append(('Ngt', self.v, o.v))
        return self.v > o.v

    def __repr__(self): return 'N%r' % (self.v,)


class Sub(K):
    def __gt__(self, o):
        log.append(('Sgt', self.v, o.v))
        return self.v > o.v


def show(l, **kw):
    log.clear()
    l.sort(**kw)
    print(l, log)


show([N(3), N(1), N(2)])
show([(K(2), 1), (K(1), 2), (K(2), 0)])
show([[K(2), 1], [K(1), 2], [K(2), 0]])
show([(K(1), 'b'), (K(1),), (K(1), 'a')])
show([K(3), Sub(1), K(2), Sub(0)])
show([K(2), K(1)], reverse=True)
show([K(1), K(2), K(1), K(0)], key=lambda k: k)
show([(1, K(2)), (1, K(1)), (0, K(5))])
show([((K(1),), 1), ((K(0),), 2)])
for data in ([3, 'a', 1], ['b', 'a', 2], [1.5, 2, 'x', None], [None, None],
             [(1, 'a'), (1, 2)], [3, 2, 1, 0.5, 'z'], [K(1), 1], [1, K(1)],
             [b'a', 'a'], [[1], (1,)], [{1}, {2}, 3]):
    log.clear()
    try:
        data.sort()
    except TypeError as e:
        print(type(e).__name__, e, data, log)
print(sorted([1.5, float('nan'), 0.5, -1.0]), sorted([10**20, 5, -10**30, 2**48, -2**47]))
print(sorted(['é', 'b', 'a€', 'aa', '', 'ß', 'a']), sorted([True, 0, -1, False, 1.5]))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1,)]), sorted([[2], [1, 2], []]))
print(sorted([{1, 2}, {1}, {3}]), sorted(range(10), key=lambda x: x % 3))
