# json round trips through files under /tmp with dump/load, and custom encoders.
import json
import os

path = '/tmp/gilpy_test_std_json_roundtrip.json'
records = [
    {'id': i, 'name': 'item%d' % i, 'tags': ['t%d' % j for j in range(i)], 'score': i / 4}
    for i in range(4)
]
with open(path, 'w') as f:
    json.dump({'records': records, 'version': 2}, f, indent=2, sort_keys=True)
with open(path) as f:
    text = f.read()
print(text)
with open(path) as f:
    loaded = json.load(f)
print(loaded['records'] == records, loaded['version'])
os.remove(path)


class Fraction:
    def __init__(self, num, den):
        self.num, self.den = num, den


class Encoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, Fraction):
            return {'num': obj.num, 'den': obj.den}
        if isinstance(obj, (set, frozenset)):
            return {'set': sorted(obj)}
        return super().default(obj)


print(json.dumps({'c': Fraction(1, 2), 's': {3, 1}}, cls=Encoder, sort_keys=True))
enc = json.JSONEncoder(indent=1, separators=(',', ':'))
print(enc.encode({'a': [1, 2]}))
dec = json.JSONDecoder()
obj, end = dec.raw_decode('{"x": 1} trailing text')
print(obj, end)
print(list(json.JSONDecoder(object_pairs_hook=list).decode('{"k": 1, "j": 2}')))
try:
    json.dumps({'bad': object()}, cls=Encoder)
except TypeError as e:
    print('TypeError:', e)
