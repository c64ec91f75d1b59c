# floor, ceil, trunc: ints out, exact even for huge floats.
import math
for x in [0, 1.5, -1.5, 2.0, -2.0, 0.1, -0.1, 1e16 + 0.5, 123456.789, -0.0, 7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(1e300))
print(math.ceil(-1e300) == -10 ** 300, math.ceil(1.5e300) % 1000)
print(math.trunc(2.0 ** 100), math.floor(-(2.0 ** 70) - 0.0))
print(math.floor(True), math.ceil(False), math.trunc(True), type(math.floor(True)).__name__)
print(math.floor(10 ** 30), math.ceil(-10 ** 30), math.trunc(-5))
print(math.floor(4.999999999999999), math.ceil(4.000000000000001))
for f in [math.floor, math.ceil, math.trunc]:
    for x in [math.inf, -math.inf, math.nan, 'x', None]:
        try:
            print(f(x))
        except (ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
try:
    math.floor()
except TypeError as e:
    print('TypeError:', e)
try:
    math.ceil(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(math.modf(3.25), math.modf(-3.25), math.modf(5), math.modf(math.inf), math.modf(-math.inf))
print(math.modf(math.nan), math.modf(-0.0), math.modf(1e300))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2.5), math.fabs(-math.inf))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(math.inf, -1), math.copysign(2, math.nan))
print(round(2.5), round(-0.5), round(1.25, 1), int(-2.7))
