# json.dumps errors: unserializable values, bad keys, skipkeys, circular references, allow_nan.
import json

bad_values = [{1, 2}, frozenset(), b'bytes', bytearray(b'x'), object(), len, range(3),
              [1, [2, {'k': {3}}]], {'a': object}, iter([])]
for v in bad_values:
    try:
        json.dumps(v)
    except TypeError as e:
        print('TypeError:', e)
for key in [(1, 2), b'k', frozenset(), object]:
    try:
        json.dumps({key: 1})
    except TypeError as e:
        print('TypeError:', e)
print(json.dumps({(1, 2): 'skip', 'keep': 1, b'b': 2, 3: 'int'}, skipkeys=True))
print(json.dumps({(1, 2): 'skip'}, skipkeys=True), json.dumps({(1,): 'x', 'a': 1}, skipkeys=True, indent=1))
for v in [float('nan'), [float('inf')], {'k': float('-inf')}, {float('nan'): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
print(json.dumps([1.5, 2.0], allow_nan=False))
a = []
a.append(a)
d = {}
d['self'] = d
b = [1, {'x': []}]
b[1]['x'].append(b)
for v in (a, d, b):
    try:
        json.dumps(v)
    except ValueError as e:
        print('ValueError:', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'s': shared}]))
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print('RecursionError without the circular check')
for kw in [{'indent': 2}, {'sort_keys': True}]:
    try:
        json.dumps({'b': 1, 'a': {1, 2}}, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    json.dumps({'b': 1, 2: 'mixed'}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps([1], separators=(',',))
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps([1], bogus=True)
except TypeError as e:
    print('TypeError:', e)


def save(obj):
    try:
        return json.dumps(obj)
    except TypeError as e:
        raise RuntimeError('cannot save: %s' % e) from None


print(save({'ok': [1, 2]}))
save({'bad': {1}})
