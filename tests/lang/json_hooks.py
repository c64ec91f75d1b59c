# json decoding hooks: object_hook, object_pairs_hook, parse_float/int/constant, cls, raw_decode.
import json

doc = '{"name": "x", "pos": {"__point__": [1, 2]}, "price": 1.10, "n": 10, "vals": [NaN, Infinity]}'


def point_hook(d):
    if '__point__' in d:
        return tuple(d['__point__'])
    return d


print(json.loads(doc, object_hook=point_hook))
print(json.loads(doc, object_pairs_hook=lambda pairs: [k for k, v in pairs]))
print(json.loads('{"b": 1, "a": {"d": 2, "c": 3}}', object_pairs_hook=lambda p: sorted(p)))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('[1.10, 2, 3e2]', parse_float=lambda s: 'F(%s)' % s, parse_int=lambda s: 'I(%s)' % s))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda c: c.lower()))
print(json.loads('[1, 2]', parse_int=float), json.loads('[0.5]', parse_float=str))
seen = []
json.loads('{"a": {"b": {}}, "c": [{}]}', object_hook=lambda d: seen.append(sorted(d)) or d)
print(seen)


class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=Decoder))
dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[5]', 2))
print(dec.raw_decode('"s"'), dec.raw_decode('123abc'))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
text = '{"a": 1} {"b": 2}  [3]'
pos = 0
items = []
while pos < len(text):
    obj, pos = dec.raw_decode(text, pos)
    items.append(obj)
    while pos < len(text) and text[pos] == ' ':
        pos += 1
print(items)
print(dec.strict, dec.object_hook, dec.parse_int is int, dec.parse_float is float)
strict_off = json.JSONDecoder(strict=False)
print(repr(strict_off.decode('"a\tb"')))


def failing_hook(d):
    raise KeyError('hook failed for %s' % sorted(d))


try:
    json.loads('{"x": 1}', object_hook=failing_hook)
except KeyError as e:
    print('KeyError:', e)
try:
    json.loads('[1.5]', parse_float=int)
except ValueError as e:
    print('ValueError:', e)
