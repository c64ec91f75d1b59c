# int methods and attributes.
n = 255
print(n.bit_length(), n.bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xfe', 'big', signed=True))
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((10).conjugate(), (-3).__abs__())
print((7).as_integer_ratio())
print((12).is_integer())
print(int.__name__, type(n) is int)
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
print((3).__add__(4), (3).__mul__(5), (3).__neg__())
print((7).__floordiv__(2), (7).__mod__(3), (2).__pow__(5))
print((3).__lt__(4), (3).__eq__(3), (3).__eq__('3'))
print((3).__add__('x'))
