# truncate() with and without a size; the position does not move.
path = '/tmp/gilpy_test_file_truncate.txt'
f = open(path, 'w+')
f.write('0123456789')
print(f.tell())
print(f.truncate(4), f.tell())
f.seek(0)
print(repr(f.read()))
f.seek(2)
print(f.truncate(), f.tell())
f.seek(0)
print(repr(f.read()))
print(f.truncate(8))
f.close()
f = open(path, 'rb')
print(f.read())
f.close()
f = open(path, 'r+b')
f.seek(3)
print(f.truncate(), f.tell())
f.write(b'xyz')
f.seek(0)
print(f.read())
f.close()
f = open(path)
try:
    f.truncate()
except OSError as e:
    print(type(e).__name__ + ':', e)
f.close()
try:
    f.truncate()
except ValueError as e:
    print('ValueError:', e)
f = open(path, 'wb')
try:
    f.truncate('3')
except TypeError as e:
    print('TypeError:', e)
f.close()
f = open(path, 'rb')
print(f.read())
f.close()
