# json.dumps pretty printing: indent as int, str, 0 and negative, with separators and sort_keys.
import json

doc = {'name': 'gilpy', 'version': [0, 1], 'tags': [], 'meta': {}, 'deps': {'c': None, 'b': [1, {'x': []}]},
       'ok': True}
for indent in (0, 1, 4, -2, '', '\t', '--', ' ' * 3):
    print('indent=%r' % (indent,))
    print(json.dumps(doc, indent=indent))
print(json.dumps(doc, indent=2, sort_keys=True, separators=(',', ': ')))
print(json.dumps(doc, indent=2, separators=(', ', ': ')))
print(json.dumps([[], [[]], [[], [1]]], indent=1))
print(json.dumps({'a': {'b': {'c': {'d': 'deep'}}}}, indent=3))
print(json.dumps([1, 2, 3], indent=None), json.dumps('str', indent=4), json.dumps(5, indent=4))
print(json.dumps((1, (2, 3)), indent=2))
print(repr(json.dumps({'k': [1]}, indent=2)))
