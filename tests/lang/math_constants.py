# The math constants and classification functions.
import math
print(math.pi, math.e, math.tau)
print(repr(math.pi), repr(math.e), repr(math.tau))
print(math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, type(math.inf).__name__)
print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isinf(math.nan))
print(math.isnan(math.nan), math.isnan(math.inf), math.isnan(0.0))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(10 ** 300))
print(math.inf > 1e308, math.nan == math.nan, math.nan != math.nan)
print(math.tau == 2 * math.pi, math.pi / 2, math.e ** 2)
print(math.isinf(True), math.isnan(5), math.isfinite(-0.0))
print(math.pi * 1e20, math.e * 1e-20)
print(round(math.pi, 4), round(math.e, 10))
print('%.15f %.3e' % (math.pi, math.e))
print(-math.pi, abs(-math.e))
try:
    math.isinf('x')
except TypeError as e:
    print('TypeError:', e)
try:
    math.isnan(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
