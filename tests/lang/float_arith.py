# Float arithmetic and int/float mixing.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(7 / 2, 7 // 2.0, 7 % 2.5, -7 % 2.5)
print(1 + 2.0, 3 * 0.5, 10 - 0.25, 2 ** 0.5)
print(2.0 ** -1, 4 ** 0.5, 8 ** (1 / 3))
print((-8.0) ** 2, -8.0 ** 2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(abs(-3.5), abs(3.5), abs(-0.0))
print(divmod(7.0, 2), divmod(-7.0, 2), divmod(7, -2.0))
print(5.0 % 0.3, 1e20 % 3.0)
x = 1.5
x += 1
print(x)
x *= 2
print(x)
x /= 4
print(x)
x -= 0.25
print(x)
x **= 2
print(x)
x //= 0.3
print(x)
x %= 3
print(x)
print(type(1 + 1.0).__name__, type(True + 0.5).__name__)
print(True + 1.5, False * 2.5)
print(10 ** 20 + 0.5, 2 ** 70 / 2 ** 10)
print(1 / 3 * 3, 2 / 3 + 1 / 3)
print(sum([0.1] * 10), 0.1 * 10)
print(float(2 ** 53) + 1.0, 2 ** 53 + 1.0)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError raised')
try:
    1e300 * 1e300
    print('no error for *: inf')
except OverflowError as e:
    print('OverflowError:', e)
