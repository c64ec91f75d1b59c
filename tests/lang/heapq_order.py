# heapq: the comparisons made (logged by __lt__) match CPython's algorithm.
import heapq

log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append('%s<%s' % (self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'K%s' % self.v


def show(label):
    print(label, ' '.join(log))
    del log[:]


h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, K(v))
show('push')
print(h)
heapq.heappop(h)
show('pop')
heapq.heapreplace(h, K(7))
show('replace')
heapq.heappushpop(h, K(4))
show('pushpop')
h = [K(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5]]
heapq.heapify(h)
show('heapify')
print(h)
# (nsmallest/nlargest end with list.sort, whose comparisons are not logged)
heapq._heapify_max(h)
show('heapify_max')
print(h, heapq._heappop_max(h))
show('heappop_max')
print(list(heapq.merge([K(1), K(4), K(7)], [K(2), K(5)], [K(3), K(6)])))
show('merge')
