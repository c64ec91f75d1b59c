# Trigonometric and hyperbolic functions.
import math
for x in [0, 0.5, 1, -1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 3, 100, 1e10]:
    print(repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)))
for x in [0, 0.5, -0.5, 1, -1, 0.1]:
    print(repr(math.asin(x)), repr(math.acos(x)), repr(math.atan(x)))
print(math.atan(math.inf), math.atan(-math.inf), math.atan(1e300))
for y, x in [(1, 1), (1, -1), (-1, -1), (0, -1), (-0.0, -1), (0, 0), (math.inf, 1), (1, math.inf),
             (math.inf, -math.inf), (-math.inf, math.inf), (2, 0), (3, 4)]:
    print(y, x, repr(math.atan2(y, x)))
for x in [0, 0.5, 1, -2, 10, 20, 700]:
    print(repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)))
for x in [0, 0.5, 1, -3, 1e10]:
    print(repr(math.asinh(x)))
for x in [1, 1.5, 10, 1e100]:
    print(repr(math.acosh(x)))
for x in [0, 0.5, -0.9, 0.999999]:
    print(repr(math.atanh(x)))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(45), math.radians(-90))
for f, x in [(math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1),
             (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.sinh, 1000),
             (math.cosh, -1000)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.sin(math.nan), math.tanh(math.inf), math.tanh(-math.inf), math.sinh(-math.inf))
print(math.hypot(3, 4), math.atan2(1, 0) * 2 == math.pi)
