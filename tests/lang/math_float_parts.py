# fmod, remainder, frexp, ldexp, nextafter and ulp.
import math
for x, y in [(7, 3), (-7, 3), (7, -3), (5.5, 2), (-0.0, 1), (1e300, 3), (1, math.inf), (-2, -math.inf)]:
    print(x, y, math.fmod(x, y), math.remainder(x, y), x % y)
for x, y in [(1, 0), (math.inf, 1), (0.0, 0.0)]:
    for f in [math.fmod, math.remainder]:
        try:
            print(f(x, y))
        except ValueError as e:
            print('ValueError:', e)
print(math.fmod(math.nan, 1), math.fmod(1, math.nan), math.remainder(5, 2), math.remainder(7, 2))
for x in [0, 1, 0.5, -3.75, 1e300, 5e-324, math.inf, -math.inf, math.nan, 1024, -0.0]:
    print(x, math.frexp(x))
for m, e in [(0.5, 1), (1, 10), (0.75, -3), (1, 1023), (1, -1074), (1, -1075), (-1.5, 100), (math.inf, 5),
             (0.0, 10 ** 100), (1.0, -10 ** 100), (3, 0), (True, 2)]:
    print(m, e if e < 10 ** 6 else 'huge', math.ldexp(m, e))
for m, e in [(1, 1024), (1.0, 10 ** 100), (1, 2.0), (1, '3')]:
    try:
        print(math.ldexp(m, e))
    except (OverflowError, TypeError) as e2:
        print(type(e2).__name__ + ':', e2)
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0.0, -1))
print(math.nextafter(1, 1), math.nextafter(math.inf, 0), math.nextafter(1.5, math.nan))
print(math.nextafter(1, 2, steps=3), math.nextafter(1, 0, steps=2), math.nextafter(0.0, 1, steps=0))
print(math.nextafter(-5e-324, 1, steps=3), math.nextafter(1, 1.0000000000000004, steps=10))
try:
    math.nextafter(1, 2, steps=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.nextafter(1)
except TypeError as e:
    print('TypeError:', e)
print(math.ulp(1), math.ulp(1e300), math.ulp(0), math.ulp(-2), math.ulp(math.inf), math.ulp(math.nan))
print(math.ulp(1.7976931348623157e308), math.ulp(5e-324), math.ulp(1e-310))
x = 0.1
total = 0
for i in range(5):
    x = math.nextafter(x, 1)
    total += 1
print(x, total)
