# json.loads of nested structures, numbers, escapes, and object hooks.
import json

text = '''
{
  "users": [
    {"id": 1, "name": "Ann", "roles": ["admin", "dev"], "active": true},
    {"id": 2, "name": "Bob", "roles": [], "active": false, "manager": null}
  ],
  "meta": {"count": 2, "ratio": 0.75, "big": 123456789012345678901234567890, "exp": 1.5e3}
}
'''
data = json.loads(text)
print(data)
print(type(data['meta']['ratio']).__name__, type(data['meta']['big']).__name__, data['meta']['exp'])
print([u['name'] for u in data['users'] if u['active']], data['users'][1].get('manager', 'absent'))
print(json.loads('"esc: \\n \\t \\" \\\\ \\/ \\u00e9 \\ud83d\\ude00"'))
print(json.loads('[1, -0, -1.5e-3, 1E2, 0.5]'), json.loads('  42  '), json.loads('null'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[]'), json.loads('{}'), json.loads('""'))
print(json.loads(b'{"bytes": true}'), json.loads('[1, 2]', parse_int=str))
print(json.loads('[1.5, 2]', parse_float=lambda s: 'F' + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: sorted(pairs)))


def hook(d):
    if '__point__' in d:
        return tuple(d['__point__'])
    return d


print(json.loads('{"p": {"__point__": [1, 2]}, "q": 3}', object_hook=hook))
original = {'list': [1, 2.5, 'x', None, True], 'nested': {'deep': [{}]}}
print(json.loads(json.dumps(original)) == original)
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 'a'})))
