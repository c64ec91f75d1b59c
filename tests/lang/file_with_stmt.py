# Files as context managers.
path = '/tmp/gilpy_test_file_with_stmt.txt'
with open(path, 'w') as f:
    print(f.closed)
    f.write('inside with\n')
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
print(f.closed)
g = open(path)
print(g.__enter__() is g)
print(g.__exit__(None, None, None), g.closed)
try:
    with open(path) as f:
        line = f.readline()
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e, f.closed, repr(line))
try:
    with f:
        pass
except ValueError as e:
    print('ValueError:', e)
with open(path, 'a') as a, open(path + '.copy', 'w') as b:
    a.write('second\n')
    b.write('copy\n')
print(a.closed, b.closed)
with open(path) as f, open(path + '.copy') as g:
    print(f.readlines(), g.readlines())
with open(path, 'rb') as f:
    print(f.read(6))
print(f.closed)
def count_lines(p):
    with open(p) as fh:
        n = 0
        for line in fh:
            n += 1
        return n, fh
n, fh = count_lines(path)
print(n, fh.closed)
