# seek/tell on binary files: whence values, errors, reading after seek.
path = '/tmp/gilpy_test_file_seek_binary.bin'
f = open(path, 'wb')
f.write(b'0123456789abcdef')
print(f.tell())
f.close()
f = open(path, 'rb')
print(f.seek(4), f.read(2), f.tell())
print(f.seek(3, 1), f.read(1))
print(f.seek(-4, 2), f.read())
print(f.seek(0, 2), f.read(), f.tell())
print(f.seek(100), f.read(), f.tell())
print(f.seek(-2, 1), f.tell())
try:
    f.seek(-1)
except OSError as e:
    print(type(e).__name__, e)
try:
    f.seek(0, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    f.seek(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    f.seek('0')
except TypeError as e:
    print('TypeError:', e)
f.seek(0)
print(f.read(3), f.tell(), f.read1(2), f.tell())
print(f.peek(1)[:1], f.tell())
f.close()
f = open(path, 'r+b')
f.seek(10)
f.write(b'ABCDEF')
f.seek(-8, 2)
print(f.read())
f.seek(2)
f.write(b'--')
print(f.tell(), f.read(3))
f.close()
f = open(path, 'rb')
print(f.read())
f.close()
t = open(path)
print(t.seek(5), repr(t.read(3)), t.tell())
print(t.seek(0, 2), repr(t.read()))
print(t.seek(0, 1))
try:
    t.seek(1, 1)
except OSError as e:
    print(type(e).__name__ + ':', e)
try:
    t.seek(-1, 2)
except OSError as e:
    print(type(e).__name__ + ':', e)
try:
    t.seek(-3)
except ValueError as e:
    print('ValueError:', e)
try:
    t.seek(0, 7)
except ValueError as e:
    print('ValueError:', e)
t.close()
