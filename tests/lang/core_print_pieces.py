# print() writes each argument as soon as it is converted, then sep, then
# the next: what precedes a failing __str__ is already written. file=
# objects see one write() call per piece.
import sys


class Bad:
    def __str__(self):
        raise ValueError('no str')


class Log:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append('<flush>')


try:
    print(1, 'two', Bad(), 4, sep='-', end='!\n')
except ValueError as e:
    print()
    print('caught', e)
log = Log()
print(1, 2, 3, sep=', ', end='.\n', file=log)
print(file=log)
print('x', file=log, flush=True)
try:
    print('a', Bad(), file=log)
except ValueError:
    pass
print(log.calls)


class StrSep(str):
    def __str__(self):
        return '<sep>'


print('a', 'b', sep=StrSep('|'))
for kw in ({'sep': 1}, {'end': b'x'}, {'file': 3}, {'flush': 0, 'file': None}, {'bogus': 1}):
    try:
        print('k', **kw)
    except TypeError as e:
        print(type(e).__name__, e)
    except AttributeError as e:
        print(type(e).__name__, e)


class NoWrite:
    pass


try:
    print(Bad(), file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
sys.stdout.write('direct\n')
print('before', 'fail', Bad(), 'after')
