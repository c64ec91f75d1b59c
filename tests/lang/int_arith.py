# Basic integer arithmetic.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** b, b ** 0, 0 ** 0)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(7 // 7, 0 // 5, 0 % 5)
print(2 ** 10, 2 ** -1, 10 ** -2)
print((-2) ** 3, -2 ** 2, (-2) ** 2)
print(1 - 2 - 3, 2 ** 3 ** 2, 100 // 10 // 3)
print(10 / 4, 10 / 5, -7 / 2)
print(abs(-12), abs(0), abs(12))
x = 3
x += 4
print(x)
x -= 10
print(x)
x *= -6
print(x)
x //= 4
print(x)
x %= 3
print(x)
x **= 5
print(x)
x = 100
x /= 8
print(x)
print(type(4 / 2).__name__, type(4 // 2).__name__)
print(+a, -a, --a)
print(1 + 2 * 3 - 4 // 2 % 3)
