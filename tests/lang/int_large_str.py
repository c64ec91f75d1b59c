# Factorials and powers as decimal strings.
f = 1
for i in range(2, 101):
    f *= i
print(f)
s = str(f)
print(len(s), s.count('0'))
trailing = 0
while f % 10 == 0:
    f //= 10
    trailing += 1
print(trailing)
p = 2 ** 521 - 1
print(p)
print(p % 1000000007, p % 97)
q = 10 ** 100 + 267
print(q * q)
print(str(-q))
print(int('9' * 120) + 1 == 10 ** 120)
print(int('-' + '1' * 50) * 9)
