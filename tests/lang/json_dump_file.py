# json.dump / json.load with files and file-like objects: where the pieces are written.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    raise TypeError('no encoding for ' + type(o).__name__)


path = '/tmp/gilpy_test_json_dump.json'
with open(path, 'w') as f:
    json.dump({'saved': [1, 2.5, None], 'p': Point(1, 2)}, f, default=default, sort_keys=True)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f))
with open(path, 'w') as f:
    json.dump([1, 2], f, indent=2)
with open(path) as f:
    print(repr(f.read()))


class Recorder:
    def __init__(self):
        self.writes = []

    def write(self, s):
        self.writes.append(s)


r = Recorder()
json.dump({'k': [1, 'two', {'n': None}], 'e': []}, r)
print(r.writes)
r = Recorder()
json.dump([[1, 2], {'a': 1.5}], r, indent=1, sort_keys=True)
print(r.writes)
with open(path, 'w') as f:
    f.write('{"from": "file", "n": [1, 2, 3]}')
with open(path) as f:
    print(json.load(f, object_pairs_hook=lambda pairs: [k for k, v in pairs]))


class Reader:
    def read(self):
        return '[true, "reader"]'


print(json.load(Reader()))
try:
    json.load(5)
except AttributeError as e:
    print('AttributeError:', e)
