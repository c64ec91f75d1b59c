# float methods.
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((0.1).as_integer_ratio())
print((1.0).hex(), (0.5).hex(), (-2.5).hex(), (0.1).hex(), (0.0).hex())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x10'))
print((3.7).real, (3.7).imag, (3.7).conjugate())
print(float.__name__, type(1.5) is float)
print((2.5).__add__(1), (2.5).__mul__(2), (2.5).__radd__(1))
print((7.5).__floordiv__(2), (7.5).__mod__(2), (7.5).__truediv__(2))
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__add__('x'))
print(int(2.9), int(-2.9), float(int(2.9)))
try:
    float('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    float('')
except ValueError as e:
    print('ValueError:', e)
try:
    float('1.2.3')
except ValueError as e:
    print('ValueError:', e)
try:
    float([])
except TypeError as e:
    print('TypeError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
try:
    (float('inf')).as_integer_ratio()
except OverflowError as e:
    print('OverflowError:', e)
