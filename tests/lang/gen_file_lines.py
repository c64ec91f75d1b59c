# Generators over file lines: lazy reading, filtering, numbering, cleanup via with.
import os

path = '/tmp/gilpy_test_gen_file_lines.txt'
with open(path, 'w') as f:
    f.write('alpha 1\n# comment\nbeta 22\n\ngamma 333\ndelta x\n')


def read_lines(p):
    with open(p) as fh:
        for no, line in enumerate(fh, 1):
            yield no, line.rstrip('\n')


def meaningful(lines):
    for no, line in lines:
        if line and not line.startswith('#'):
            yield no, line


def parsed(lines):
    for no, line in lines:
        name, _, value = line.partition(' ')
        try:
            yield name, int(value)
        except ValueError:
            raise ValueError('line %d: bad number %r' % (no, value)) from None


print(list(read_lines(path)))
print(list(meaningful(read_lines(path))))
g = parsed(meaningful(read_lines(path)))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print('ValueError:', e)
print(sum(len(line) for _, line in read_lines(path)))
longest = max(meaningful(read_lines(path)), key=lambda t: len(t[1]))
print(longest)
g2 = read_lines(path)
print(next(g2))
g2.close()
print('closed early without error')
os.remove(path)
try:
    next(read_lines(path))
except FileNotFoundError as e:
    print('FileNotFoundError:', e.strerror, e.filename == path)
