# Files read back while the writer was never closed explicitly: CPython
# closes such files as soon as they are unreachable.
path = '/tmp/gilpy_test_file_unclosed_readback.txt'
def save(p, text):
    f = open(p, 'w')
    f.write(text)
def load(p):
    return open(p).read()
save(path, 'saved by a function\n')
print(repr(load(path)))
for i in range(3):
    open(path, 'a').write('append %d\n' % i)
print(load(path).splitlines())
open(path + '.bin', 'wb').write(bytes(range(5)))
print(open(path + '.bin', 'rb').read())
f = open(path, 'w')
f.write('first object\n')
f = open(path + '.2', 'w')
print(repr(load(path)))
def log_lines(p, n):
    out = open(p, 'w')
    for i in range(n):
        print('entry', i, file=out)
log_lines(path, 5)
print(len(open(path).readlines()), open(path).readline(), end='')
def copy(src, dst):
    open(dst, 'w').write(open(src).read().upper())
copy(path, path + '.copy')
print(load(path + '.copy').split('\n')[:2])
total = 0
for i in range(20):
    save(path, 'x' * i)
    total += len(load(path))
print(total)
