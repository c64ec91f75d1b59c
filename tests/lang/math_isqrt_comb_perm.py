# isqrt, comb and perm.
import math
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 10, 2 ** 64 - 1, 2 ** 64, 10 ** 50]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(10 ** 200) == 10 ** 100, math.isqrt(True))
for bad in [-1, 2.0, '4']:
    try:
        print(math.isqrt(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for n, k in [(5, 2), (10, 3), (10, 0), (10, 10), (10, 11), (0, 0), (52, 5), (100, 50), (60, 30)]:
    print(n, k, math.comb(n, k), math.perm(n, k))
print(math.perm(5), math.perm(0), math.perm(6, None))
print(math.comb(1000, 500) % 1000000007, len(str(math.perm(200, 100))))
print(math.comb(10 ** 20, 3), math.perm(10 ** 20, 2))
print(math.comb(10 ** 20, 10 ** 20 - 2))
total = 0
for k in range(21):
    total += math.comb(20, k)
print(total, 2 ** 20)
for args in [(-1, 2), (5, -2), (5.0, 2), (5, 2.5), ('5', 1)]:
    for f in [math.comb, math.perm]:
        try:
            print(f(*args))
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__ + ':', e)
try:
    math.comb(5)
except TypeError as e:
    print('TypeError:', e)
