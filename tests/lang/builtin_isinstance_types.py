# isinstance/issubclass across the builtin type hierarchy.
values = [0, True, 1.5, 'x', b'x', [], (), {}, set(), frozenset(), None, range(1), len]
types = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, object]
for v in values:
    row = []
    for t in types:
        row.append('1' if isinstance(v, t) else '.')
    print('%-22r %s' % (v, ''.join(row)))
print(isinstance(True, (float, int)), isinstance(1, (float, str)), isinstance([], (list,)))
print(issubclass(bool, (str, int)), issubclass(frozenset, set), issubclass(set, frozenset))
print(issubclass(dict, object), issubclass(type(None), object), issubclass(bool, bool))
print(type(True) is bool, type(True) == int, isinstance(type, object), isinstance(object, type))
def kind(v):
    if isinstance(v, bool):
        return 'bool'
    if isinstance(v, int):
        return 'int'
    if isinstance(v, (float,)):
        return 'float'
    if isinstance(v, (str, bytes)):
        return 'text'
    if isinstance(v, (list, tuple, range)):
        return 'sequence'
    if isinstance(v, (set, frozenset, dict)):
        return 'collection'
    return 'other'
print(list(map(kind, values)))
