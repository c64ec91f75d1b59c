# divmod and pow (including 3-argument pow).
for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 1, -1):
        print(a, b, divmod(a, b), a // b, a % b)
print(divmod(2 ** 70, 12345))
print(divmod(-(2 ** 70), 12345))
print(pow(2, 10), pow(2, -2), pow(-3, 3))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(7, 0, 5))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(5, -1, 7), pow(3, -2, 11))
print(pow(123456789, 987654321, 1000000007))
print(pow(0, 0), pow(0, 0, 1), pow(10, 5, 1))
print(2 ** 0.5 == pow(2, 0.5))
print(pow(4, 0.5), pow(-8, 1) ** 1)
print(pow(base=2, exp=8), pow(2, exp=5, mod=7))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(True, 2))
