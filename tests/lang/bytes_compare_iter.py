# bytes comparison, hashing, iteration, conversion to and from lists of ints.
data = b'Hello, bytes!'
codes = list(data)
print(codes)
print(bytes(codes) == data, bytes(reversed(codes)))
upper = []
for c in data:
    if 97 <= c <= 122:
        upper.append(c - 32)
    else:
        upper.append(c)
print(bytes(upper))
print(sorted(b'dcba'), max(b'az'), min(b'az'), sum(b'\x01\x02\x03'))
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'\xff' > b'\x00\xff')
print(b'abc' == bytearray(b'abc'), b'abc' != b'ABC'.lower())
counts = {}
for byte in b'mississippi':
    counts[chr(byte)] = counts.get(chr(byte), 0) + 1
print(counts)
print(b'x' in [b'x'], 120 in b'xyz', b'yz' in b'xyz')
print(len(b''), bool(b''), bool(b'\x00'))
print(data.split(b', '), data[7:12].upper(), data.count(b'e'))
print(b'%d-%s' % (5, b'five'), b'abc'.hex(), bytes.fromhex('414243').decode())
print(repr(bytes(range(30, 40))), repr(bytes([9, 10, 13, 39, 92])))
enc = 'naïve café'.encode('utf-8')
print(enc, len(enc), enc.decode('utf-8'), enc.decode('latin-1'))
print(bytes(4) + b'\x01', b'-' * 5, b''.join([b'a', bytes([66]), bytearray(b'c')]))
