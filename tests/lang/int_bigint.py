# Arbitrary-precision integers.
a = 2 ** 100
print(a)
print(a + 1, a - 1)
print(a * a)
print(-a)
print(a // 3, a % 3)
print(a // -7, a % -7)
print((-a) // 7, (-a) % 7)
b = 123456789012345678901234567890
c = 987654321098765432109876543210
print(b + c, b - c, c - b)
print(b * c)
print(c // b, c % b)
print(divmod(c, b))
print(divmod(-c, b))
print(3 ** 200)
print(7 ** 77 % 1000000007)
print(10 ** 50 // 10 ** 25)
print(-(10 ** 30) // 3)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
print((2 ** 64) * (2 ** 64) == 2 ** 128)
print(a == 1267650600228229401496703205376)
print(a > 2 ** 99, a < -a, -a < a)
print(abs(-a))
n = 1
for i in range(1, 31):
    n *= i
print(n)
print(n // (2 ** 26))
print(int(str(n)) == n)
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 40))
print(-2 ** 100 // 2 ** 50)
