# with open(...) as f: files are closed after the block, even on errors.
import os

path = '/tmp/gilpy_test_with_open_file.txt'
with open(path, 'w') as f:
    print('closed inside?', f.closed)
    f.write('line one\n')
    f.write('line two\n')
    n = f.write('third\n')
print('closed after?', f.closed, 'last write returned', n)
with open(path) as f:
    print(f.read().splitlines())
with open(path, 'a') as f:
    f.write('appended\n')
with open(path) as src, open(path + '.copy', 'w') as dst:
    for line in src:
        dst.write(line.upper())
print(src.closed, dst.closed)
with open(path + '.copy') as f:
    print([line.rstrip() for line in f])
try:
    with open(path) as f:
        first = f.readline()
        raise ValueError('failure while reading')
except ValueError as e:
    print('ValueError:', e, '| closed:', f.closed, '| first:', first.strip())
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    with open('/tmp/gilpy_test_with_open_file_missing/none.txt') as f:
        pass
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno == 2, e.strerror)
with open(path, 'rb') as f:
    print(f.read(8))
os.remove(path)
os.remove(path + '.copy')
print(os.path.exists(path))
