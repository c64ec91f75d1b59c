# Large files: lines and multi-byte characters across buffer boundaries.
path = '/tmp/gilpy_test_file_large.txt'
f = open(path, 'w')
i = 0
while i < 20000:
    f.write('line %d: %s\n' % (i, 'ab' * (i % 7)))
    i += 1
f.close()
f = open(path)
count = 0
total = 0
for line in f:
    count += 1
    total += len(line)
f.close()
print(count, total)
f = open(path)
lines = f.readlines()
f.close()
print(len(lines), lines[0], lines[-1], end='')
f = open(path, 'rb')
data = f.read()
f.close()
print(len(data), data.count(b'\n'))
f = open(path, 'w', newline='\r\n')
for i in range(5000):
    f.write('é%d€\n' % i)
f.close()
f = open(path)
lines = f.readlines()
f.close()
print(len(lines), repr(lines[0]), repr(lines[-1]), f.newlines)
ok = True
for i in range(5000):
    if lines[i] != 'é%d€\n' % i:
        ok = False
print(ok)
f = open(path)
n = 0
while True:
    c = f.read(7)
    if not c:
        break
    n += len(c)
f.close()
expected = 0
for x in lines:
    expected += len(x)
print(n, expected == n)
f = open(path, 'rb')
raw = f.read()
f.close()
print(len(raw), raw.count(b'\r\n'))
