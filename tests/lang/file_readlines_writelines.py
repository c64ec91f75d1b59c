# readlines(hint), writelines() and mixing reads.
path = '/tmp/gilpy_test_file_readlines_writelines.txt'
f = open(path, 'w')
print(f.writelines(['a\n', 'bb\n', 'ccc\n', 'dddd\n', 'eeeee']))
f.writelines(('\n', 'six\n'))
f.writelines([])
try:
    f.writelines(['ok\n', 5])
except TypeError as e:
    print('TypeError:', e)
try:
    f.writelines(7)
except TypeError as e:
    print('TypeError:', e)
f.close()
f = open(path)
print(f.readlines())
f.close()
for hint in [-1, 0, 1, 2, 5, 6, 100]:
    f = open(path)
    print(hint, f.readlines(hint))
    f.close()
f = open(path)
print(f.readlines(None))
f.close()
f = open(path)
print(repr(f.readline()), repr(f.read(4)), f.readlines(3), repr(f.read()))
f.close()
f = open(path)
print(repr(f.readline(0)), repr(f.readline(2)), repr(f.readline(-1)))
try:
    f.readline(None)
except TypeError as e:
    print('TypeError:', e)
try:
    f.read('3')
except TypeError as e:
    print('TypeError:', e)
print(repr(f.read(-7)))
f.close()
b = open(path, 'rb')
print(b.readlines(4))
print(b.readline(2), b.readline(None), b.readline(-3))
print(b.readlines())
try:
    b.read(-2)
except ValueError as e:
    print('ValueError:', e)
b.close()
f = open(path, 'wb')
f.writelines([b'x\n', bytearray(b'y\n')])
try:
    f.writelines([b'ok', 'str'])
except TypeError as e:
    print('TypeError:', e)
f.close()
print(open(path, 'rb').read())
