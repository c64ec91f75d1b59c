# print with sep, end, file and flush.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=' | ')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='-', end='!\n')
print(1, 2.5, None, True, [1, 'a'], (2,), {'k': 'v'}, b'b')
print('to stderr', file=sys.stderr)
print('err', 'two', sep=',', end=';\n', file=sys.stderr)
print('flushed', flush=True)
print(*[1, 2, 3])
print(*'abc', sep='.')
print('', end='')
print('multi\nline')
print('sep None', sep=None)
print('end None', end=None)
print('file None', file=None)
print()
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', foo=1)
except TypeError as e:
    print('TypeError:', e)
sys.stdout.write('written directly\n')
n = sys.stdout.write('abc\n')
print(n)
sys.stderr.write('stderr write\n')
