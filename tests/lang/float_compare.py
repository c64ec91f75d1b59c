# Comparisons between floats and ints.
print(1.0 == 1, 1 == 1.0, 0.5 < 1, 2 > 1.5)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float('inf'))
print(1e300 == 10 ** 300, 1e22 == 10 ** 22, 1e23 == 10 ** 23)
print(0.1 == 1 / 10, 3 * 0.1 == 0.3)
print(1 < 1.5 < 2 < 2.5, 3.0 <= 3 <= 3.0)
print(-0.0 == 0, -0.0 < 0, True == 1.0)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([2, 1.5, 1, 0.5, 2.0, 1.0]))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(1.5 != 1, 1.0 != 1)
try:
    1.5 < 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    None >= 0.5
except TypeError as e:
    print('TypeError:', e)
