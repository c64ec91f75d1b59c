# Mixed int/float/bool arithmetic and result types.
vals = [0, 1, -3, 2.5, True, False, 10 ** 20]
for a in vals:
    row = []
    for b in (2, 0.5, True):
        row.append(a + b)
        row.append(a * b)
    print(repr(a), row)
print(type(True + True).__name__, type(True * 1.0).__name__, type(1 + 2 ** 70).__name__)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, 7.0 // 0.5)
print(10 ** 20 / 10 ** 10, 10 ** 20 // 10 ** 10, 3 / 1, 0 / 5)
print(2 ** 0.5 * 2 ** 0.5, 1e300 * 1e10, -1e300 * 1e10)
print(True / 2, False // 3, True % 2, True ** 10, -True)
print(int(7 / 2), round(7 / 2), int(-7 / 2), round(-7 / 2))
print(1 + 1e-16 == 1, 1 + 1e-15 == 1, 0.1 * 3 == 0.3)
print(5 == 5.0 == True * 5, hash(5) == hash(5.0))
print(abs(-7) + abs(-7.5), max(1, 2.0, True), min(0, -0.0, False))
print(divmod(7, 2.5), divmod(-7, 2.5), pow(2, 0.5) ** 2)
print(sum([1, 2.0, True]), sum([True] * 5), sum([0.1, 0.2], 0.3))
x = 1
for _ in range(70):
    x *= 2
print(x, float(x), x / 3, x // 3)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 63) * 2)
