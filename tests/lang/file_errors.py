# File errors: missing files, closed files, bad modes.
try:
    open('/tmp/gilpy_test_definitely_missing_dir/nope.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e)
    print(e.errno, e.strerror, e.filename)
try:
    open('/tmp/gilpy_test_definitely_missing_dir/nope.txt', 'w')
except OSError as e:
    print(type(e).__name__, isinstance(e, OSError))
path = '/tmp/gilpy_test_file_errors.txt'
f = open(path, 'w')
f.write('data')
f.close()
try:
    f.write('more')
except ValueError as e:
    print('ValueError:', e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    open(path, 'z')
except ValueError as e:
    print('ValueError:', e)
f = open(path)
try:
    f.write('x')
except OSError as e:
    print(type(e).__name__ + ':', e)
f.close()
f = open(path, 'w')
try:
    f.read()
except OSError as e:
    print(type(e).__name__ + ':', e)
f.close()
try:
    open('/tmp')
except IsADirectoryError as e:
    print('IsADirectoryError:', e)
f.close()
f.close()
print('double close is fine')
