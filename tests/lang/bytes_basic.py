# bytes: indexing, slicing, iteration, concatenation, comparison.
b = b'hello world'
print(b[0], b[-1], b[0:5], b[::-1], b[6:], b[::2])
print(len(b), b'wor' in b, 111 in b, 300 - 200 in b, b'' in b)
print(b + b'!', b * 2, 2 * b'ab', b'x' * 0)
print(b == b'hello world', b != b'hello', b < b'help', b'abc' < b'abd', b'' < b'\x00')
print(list(b'abc'), tuple(b'\x00\xff'))
total = 0
for byte in b'\x01\x02\x03':
    total += byte
print(total)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(97, 100)))
print(bytes('héllo', 'utf-8'), bytes(b'copy'))
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b'abc' == 'abc', b'a'[0] == ord('a'))
print(repr(b'\x00\n\\\'"'), str(b'x'))
print(hash(b'abc') == hash(b'abc'))
print(b'abc'.__len__(), b'abc'.__getitem__(1))
try:
    b[20]
except IndexError as e:
    print('IndexError:', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    b + 'str'
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    bytes([-1])
except ValueError as e:
    print('ValueError:', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    'a' in b'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    bytes(-1)
except ValueError as e:
    print('ValueError:', e)
