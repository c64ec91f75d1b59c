# collections.OrderedDict: move_to_end, popitem(last=False), order-sensitive equality.
from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update([('x', 9), ('y', 8)])
od['a'] = 100
print(od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(od)), od.get('x'), od.setdefault('z', 0), list(od.keys()))


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            evicted = self.data.popitem(last=False)
            print('  evicted', evicted)


cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get('a')
cache.put('c', 3)
cache.put('d', 4)
print(list(cache.data.items()))
try:
    od.move_to_end('missing')
except KeyError as e:
    print('KeyError:', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
print(repr(OrderedDict()), repr(OrderedDict([(1, 'one')])))
