data = b'\x00\x01' + bytes([2, 3])
print(data.hex(), data[1:], b'abc' * 2, rb'\d+')
mv = memoryview(b'xyz')
