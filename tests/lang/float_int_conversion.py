# Conversions between float and int: truncation, rounding, exactness.
for v in (0.0, -0.0, 0.5, -0.5, 1.999999, -1.999999, 1e15 + 0.5, 2.0 ** 53, 2.0 ** 53 + 2, 1e20, -1e20, 1.5e300):
    i = int(v)
    print(repr(v), i, float(i) == v, type(i).__name__)
for n in (2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 63, 2 ** 64 + 1, 10 ** 22, 10 ** 23, -(2 ** 70) - 1):
    print(n, float(n), int(float(n)) == n)
print(float(2 ** 1023) == 2.0 ** 1023)
try:
    float(2 ** 1024)
except OverflowError as e:
    print('OverflowError:', e)
print(int(float('1e20')) == 10 ** 20, int(1e23))
print(1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1, 0.1 == 1 / 10)
print(int('10') / int('4'), float('10') // 4, int(10.0 // 4))
print(round(1e16 + 1), round(2.5e15 + 0.5), int(-1e-300), int(1e-300))
print(float(True), int(False), float(-0), int(-0.0), str(float(0)))
for s in ('1', '1.0', '-1.5e3', 'nan', '-inf', '1e-400', '1e400', '.5', '5.', ' 7 '):
    print(repr(s), float(s))
