# Binary mode: bytes in, bytes out.
path = '/tmp/gilpy_test_file_binary.bin'
f = open(path, 'wb')
n = f.write(bytes(range(256)))
print('wrote', n)
f.write(b'\x00end')
f.close()
f = open(path, 'rb')
data = f.read()
f.close()
print(type(data).__name__, len(data), data[:8], data[250:])
print(data[65], data[65:70], data.endswith(b'end'))
f = open(path, 'rb')
print(f.read(4), f.read(2))
f.close()
text_path = '/tmp/gilpy_test_file_binary.txt'
f = open(text_path, 'w', encoding='utf-8')
f.write('héllo €\n')
f.close()
f = open(text_path, 'rb')
raw = f.read()
f.close()
print(raw, len(raw))
print(raw.decode('utf-8'), end='')
f = open(text_path, 'rb')
print(f.readline(), f.readline())
f.close()
f = open(text_path, encoding='utf-8')
s = f.read()
f.close()
print(len(s), repr(s))
try:
    f = open(path, 'wb')
    f.write('text')
except TypeError as e:
    print('TypeError:', e)
finally:
    f.close()
try:
    f = open(text_path, 'w')
    f.write(b'bytes')
except TypeError as e:
    print('TypeError:', e)
finally:
    f.close()
