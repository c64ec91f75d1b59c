# A peekable iterator class built on a generator, used to parse key=value records.
class Peekable:
    _empty = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = self._empty

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf is not self._empty:
            v, self._buf = self._buf, self._empty
            return v
        return next(self._it)

    def peek(self, default=_empty):
        if self._buf is self._empty:
            try:
                self._buf = next(self._it)
            except StopIteration:
                if default is self._empty:
                    raise
                return default
        return self._buf


def records(lines):
    p = Peekable(l.rstrip() for l in lines)
    while p.peek(None) is not None:
        header = next(p)
        if not header.startswith('['):
            raise SyntaxError('expected section header, got %r' % header)
        body = {}
        while p.peek('[').startswith('[') is False:
            line = next(p)
            if not line:
                continue
            key, sep, value = line.partition('=')
            if not sep:
                raise ValueError('no "=" in line %r' % line)
            body[key.strip()] = value.strip()
        yield header.strip('[]'), body


text = '''[server]
host = example.org
port = 8080

[client]
retries=3
[empty]
'''
for name, body in records(text.splitlines()):
    print(name, body)
p = Peekable('abc')
print(p.peek(), p.peek(), next(p), next(p), p.peek(), list(p), p.peek('done'))
try:
    Peekable([]).peek()
except StopIteration:
    print('StopIteration from peek on empty')
try:
    list(records(['[a]', 'novalue']))
except ValueError as e:
    print('ValueError:', e)
list(records(['key=1']))
