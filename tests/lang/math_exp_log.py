# Exponentials and logarithms, printed with repr.
import math
for x in [0, 1, 2, 0.5, -1, 10, 1e-10, 700]:
    print(x, repr(math.exp(x)), repr(math.expm1(x)), repr(math.exp2(x)))
for x in [1, 2, 10, 0.5, 1e-300, 1e300, 123456789, 2.718281828459045]:
    print(x, repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log1p(x)))
print(math.log(8, 2), math.log(100, 10), math.log(2, 8), math.log(1000, 10))
print(math.log(10 ** 400), math.log(10 ** 400, 10), math.log2(2 ** 1100), math.log10(10 ** 500))
print(math.log(2 ** 1023 * 3), math.log(7 ** 500, 7), math.log10(3 ** 1000))
print(math.log(True), math.log2(1024), math.log10(0.001), math.log(math.e))
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e308), math.sqrt(10 ** 100))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -0.5), math.pow(0, 0))
print(math.pow(math.inf, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf))
print(math.pow(2, -math.inf), math.pow(0.5, -math.inf), math.pow(-math.inf, 3), math.pow(-math.inf, -3))
for f, x in [(math.log, 0), (math.log, -1), (math.log2, -2.5), (math.log10, 0.0), (math.log1p, -1),
             (math.sqrt, -1), (math.exp, 1000), (math.exp2, 2000), (math.expm1, 1e3), (math.log, -10 ** 400)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(0, -1), (-8, 1 / 3), (10, 400), (0.0, -2)]:
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.log(8, 1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    math.log(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
