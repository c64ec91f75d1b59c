# Iterating over files by line.
path = '/tmp/gilpy_test_file_iteration.txt'
f = open(path, 'w')
f.write('first\nsecond\n\nfourth\nlast')
f.close()
f = open(path)
print(iter(f) is f)
print(repr(next(f)), repr(f.__next__()))
for line in f:
    print(repr(line))
try:
    next(f)
except StopIteration:
    print('StopIteration')
print(repr(f.readline()))
f.close()
try:
    next(f)
except ValueError as e:
    print('ValueError:', e)
try:
    iter(f)
except ValueError as e:
    print('ValueError:', e)
f = open(path)
numbered = list(enumerate(f, 1))
print(numbered[0], numbered[-1])
f.close()
f = open(path)
print(sorted(f)[:2])
f.close()
f = open(path)
print(max(f, key=len))
f.close()
f = open(path, 'rb')
for line in f:
    print(line)
f.close()
f = open(path)
total = 0
while True:
    line = f.readline()
    if not line:
        break
    total += len(line)
print('chars', total, f.tell())
f.close()
f = open(path)
print(list(zip(f, range(2))))
print(f.readline(), end='|\n')
f.close()
