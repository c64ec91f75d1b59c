# startswith / endswith with tuples and ranges.
s = 'filename.tar.gz'
print(s.startswith('file'), s.startswith('name'), s.endswith('.gz'), s.endswith('.tar'))
print(s.endswith(('.zip', '.gz')), s.startswith(('x', 'y')), s.endswith(()))
print(s.startswith('name', 4), s.startswith('name', 4, 7), s.startswith('name', 4, 8))
print(s.endswith('tar', 0, 12), s.endswith('.tar', -7, -3), s.startswith('', 100))
print(s.startswith(''), s.endswith(''), ''.startswith(''), ''.endswith('a'))
print(s.startswith(('fil', 'xyz'), 1), s.startswith(('ile', 'xyz'), 1))
print('abc'.endswith('c', -1), 'abc'.endswith('b', None, -1))
try:
    s.startswith(['file'])
except TypeError as e:
    print('TypeError:', e)
try:
    s.endswith(1)
except TypeError as e:
    print('TypeError:', e)
try:
    s.startswith(('a', 1))
except TypeError as e:
    print('TypeError:', e)
