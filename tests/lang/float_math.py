# Deterministic functions from the math module.
import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(3.9), math.trunc(-3.9), type(math.floor(1.5)).__name__)
print(math.fabs(-3), math.factorial(20), math.factorial(0))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8))
print(math.isnan(float('nan')), math.isinf(float('-inf')), math.isfinite(1e308))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(0, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.copysign(3, -0.0))
print(math.isqrt(99), math.isqrt(10 ** 40), math.comb(10, 3), math.perm(5, 2))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.floor(10 ** 20 + 0.5), math.ceil(-0.5))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.log(0)
except ValueError as e:
    print('ValueError:', e)
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError:', e)
