# bytearray is a mutable bytes sequence.
ba = bytearray(b'hello')
print(ba, len(ba))
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b' ok')
print(ba, bytes(ba))
ba[1:3] = b'EE'
print(ba)
del ba[0]
print(ba)
print(ba.pop(), ba)
ba.insert(0, 65)
print(ba, ba[0], ba[-1:])
print(bytearray(3), bytearray([1, 2]), bytearray())
print(ba == bytearray(ba), b'AEEll' in ba, ba.decode('ascii'))
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
try:
    bytearray(b'a')[0] = 256
except ValueError as e:
    print('ValueError:', e)
