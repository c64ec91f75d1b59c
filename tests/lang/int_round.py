# round() on ints and related.
print(round(5), round(-5), round(0))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(-1350, -2), round(15, -1), round(25, -1))
print(round(123456789, -3), round(123456789, -10), round(5, 2))
print(round(2 ** 100, -20))
print(type(round(5, 1)).__name__, type(round(5.5)).__name__)
print(round(True), round(7, None))
for n in (0, 4, 5, 6, 14, 15, 16, 25, 35, -5, -15, -25, 125, 135):
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n, 3))
big = 12345678901234567890123456789
print(round(big, -5), round(-big, -10), round(big, -30), round(big, -28))
print(round(5 * 10 ** 20, -21), round(15 * 10 ** 20, -21), round(25 * 10 ** 20, -21))
try:
    round(10, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    round(10, 1.5)
except TypeError as e:
    print('TypeError:', e)
print(round(-0), round(True, -1), round(False, 5))
