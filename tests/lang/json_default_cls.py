# json encoding hooks: default=, JSONEncoder subclasses (default, encode, iterencode), dump to a file.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Money:
    def __init__(self, cents):
        self.cents = cents


def default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, Money):
        return '%d.%02d' % divmod(o.cents, 100)
    raise TypeError('no encoding for ' + type(o).__name__)


print(json.dumps([Point(1, 2), {3, 1}, Money(1234), frozenset()], default=default))
print(json.dumps({'p': Point(Point(0, 0), [Money(5)])}, default=default, indent=2))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        if isinstance(o, bytes):
            return o.decode('latin-1')
        return super().default(o)


print(json.dumps({'pt': Point(3, 4), 'raw': b'\xe9t\xe9'}, cls=Encoder))
print(Encoder(sort_keys=True, indent=1).encode({'b': Point(1, 1), 'a': 1}))
try:
    json.dumps(object(), cls=Encoder)
except TypeError as e:
    print('TypeError:', e)
enc = json.JSONEncoder(separators=(',', ':'), sort_keys=True)
print(enc.encode({'z': [1, 2], 'a': None}), enc.item_separator, enc.key_separator)
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})) == ['{', '"a"', ': ', '[1', ', 2', ']', '}'] or
      ''.join(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(''.join(json.JSONEncoder(indent=1).iterencode([1, {'k': 'v'}])))
print(json.JSONEncoder().encode('text'), json.JSONEncoder(ensure_ascii=False).encode('ü'))
e2 = json.JSONEncoder(indent=3)
print(e2.item_separator, e2.key_separator, e2.indent, e2.skipkeys, e2.ensure_ascii, e2.check_circular, e2.allow_nan)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({'a': 'b'}, cls=Upper))


def cyclic_default(o):
    return [o]


try:
    json.dumps(Point(0, 0), default=cyclic_default)
except ValueError as e:
    print('ValueError:', e)
pieces = json.JSONEncoder().iterencode({'bad': {1}})
print(type(pieces).__name__ in ('generator', 'list_iterator'))
try:
    list(pieces)
except TypeError as e:
    print('TypeError on iteration:', e)
