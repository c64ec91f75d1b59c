# A JSON-like pretty printer using recursion and isinstance.
def dump(value, indent=0, step=2):
    pad = ' ' * indent
    inner = ' ' * (indent + step)
    if value is None:
        return 'null'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = '"'
        for ch in value:
            if ch == '"':
                out += '\\"'
            elif ch == '\\':
                out += '\\\\'
            elif ch == '\n':
                out += '\\n'
            elif ord(ch) < 32:
                out += '\\u%04x' % ord(ch)
            else:
                out += ch
        return out + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        parts = []
        for v in value:
            parts.append(inner + dump(v, indent + step, step))
        return '[\n' + ',\n'.join(parts) + '\n' + pad + ']'
    if isinstance(value, dict):
        if not value:
            return '{}'
        parts = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError('keys must be str, not ' + type(k).__name__)
            parts.append(inner + dump(k) + ': ' + dump(v, indent + step, step))
        return '{\n' + ',\n'.join(parts) + '\n' + pad + '}'
    raise TypeError('cannot serialize ' + type(value).__name__)


doc = {
    'name': 'gilpy',
    'version': [0, 1, 0],
    'stable': False,
    'ratio': 0.75,
    'tags': ['interpreter', 'c11', 'say "hi"'],
    'nested': {'empty_list': [], 'empty_dict': {}, 'none': None, 'deep': {'a': [1, [2, [3]]]}},
    'text': 'line1\nline2\ttab\\',
}
print(dump(doc))
print(dump([1, (2, 3)], step=4))
for bad in ({1: 'x'}, {'s': {1, 2}}, [b'bytes']):
    try:
        dump(bad)
    except TypeError as e:
        print('TypeError:', e)
