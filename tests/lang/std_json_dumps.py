# json.dumps: basic types, nesting, escaping, and non-serialisable errors.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(42), json.dumps(-1.5))
print(json.dumps('text'), json.dumps('quote " and \\ backslash'), json.dumps('tab\tnl\n'))
print(json.dumps([1, 'two', None, [3.0, {}]]), json.dumps((1, 2)), json.dumps([]))
print(json.dumps({'b': 1, 'a': [True, False], 'c': {'nested': None}}))
print(json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'}))
print(json.dumps('héllo ☃ 😀'), json.dumps('héllo', ensure_ascii=False))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(1.0), json.dumps(10 ** 20), json.dumps(-0.0))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps('\x00\x1f\x7f'), json.dumps('</script>'), json.dumps('\u2028'))
print(json.dumps({'key': 'value'}, separators=(',', ':')), json.dumps([1, 2], separators=(';', '=')))
errors = [
    ('set', {1, 2}),
    ('bytes', b'raw'),
    ('object', object),
    ('tuple key', {(1, 2): 'x'}),
    ('nested set', {'a': [1, {2}]}),
]
for label, value in errors:
    try:
        json.dumps(value)
    except TypeError as e:
        print(label, '->', 'TypeError:', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print('ValueError:', e)
