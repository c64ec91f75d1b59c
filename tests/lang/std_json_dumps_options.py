# json.dumps options: indent (int and string), sort_keys, separators, default, skipkeys.
import json

data = {'name': 'widget', 'tags': ['a', 'b'], 'dims': {'w': 2, 'h': 3}, 'empty': {}, 'none': [],
        'price': 9.99, 'active': True}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_keys=True, separators=(',', ':')))
print(json.dumps({'a': [1, 2]}, indent=4, separators=(',', ': ')))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(obj):
    if isinstance(obj, Point):
        return {'__point__': [obj.x, obj.y]}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError('cannot encode %s' % type(obj).__name__)


print(json.dumps({'p': Point(1, 2), 's': {3, 1, 2}}, default=encode, sort_keys=True))
print(json.dumps({'ok': 1, (1, 2): 'skipped', 2: 'kept'}, skipkeys=True))
print(json.dumps('ünï', ensure_ascii=True), json.dumps(['ünï'], ensure_ascii=False, indent=1))
try:
    json.dumps({'p': Point(0, 0), 'c': object}, default=encode)
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({'b': 1, 2: 'mixed'}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
