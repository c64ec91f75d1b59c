# OrderedDict: move_to_end, popitem(last=), order-sensitive equality, views, |.
from collections import OrderedDict

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('d', last=False)
od.move_to_end('e', False)
print(od, list(od), list(reversed(od)))
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.items())), 'a' in od.keys(), ('a', 0) in od.items())
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
od['z'] = 26
od['a'] = 1
od.update({'q': 9}, r=8)
print(od, od.setdefault('a', 5), od.setdefault('new'), od.pop('new'), od.get('zz', 'dflt'))
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(a), a != OrderedDict(a))
c = a.copy()
c['w'] = 0
print(c, a, type(c).__name__, a | {'y': 5, 'v': 3}, {'v': 3} | a)
a |= [('u', 7)]
print(a, len(a), sorted(a.keys() & {'x', 'u', 'nope'}))
rec = OrderedDict()
rec['me'] = rec
print(rec, repr(OrderedDict()), OrderedDict(b=1, a=2))


class LastUpdated(OrderedDict):
    'Store items in the order the keys were last added'

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2, c=3)
lu['a'] = 10
lu.update(b=20)
print(lu, list(lu))
for fn in (lambda: OrderedDict().popitem(), lambda: od.move_to_end('missing'),
           lambda: OrderedDict(1, 2), lambda: OrderedDict(5), lambda: od.pop('gone')):
    try:
        fn()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(isinstance(od, dict), OrderedDict.__module__, OrderedDict.__mro__)
