# math float helpers: floor/ceil/trunc, fsum, isclose, copysign, fmod, modf, frexp, ldexp.
import math

for x in [2.5, -2.5, 3.0, -0.5, 1e20]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(7), math.ceil(-7), math.trunc(True))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-7), type(math.fabs(-7)).__name__)
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, 2), math.remainder(7, 3))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8), math.frexp(0.3), math.ldexp(0.5, 4))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.isfinite(math.inf))
print(math.inf > 1e308, -math.inf < 0, math.nan == math.nan, math.inf - math.inf)
print(math.pi, math.e, math.tau, math.tau == 2 * math.pi)
print(round(math.pi, 3), round(math.e, 0), math.floor(-math.pi), math.ceil(math.e))
errors = [
    ('sqrt(-1)', lambda: math.sqrt(-1)),
    ('log(0)', lambda: math.log(0)),
    ('log(-1)', lambda: math.log(-1)),
    ('log(10, 1)', lambda: math.log(10, 1)),
    ('acos(2)', lambda: math.acos(2)),
    ('exp(1000)', lambda: math.exp(1000)),
    ('pow(0, -1)', lambda: math.pow(0, -1)),
    ('fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('floor(inf)', lambda: math.floor(math.inf)),
    ('floor(nan)', lambda: math.floor(math.nan)),
    ("sqrt('4')", lambda: math.sqrt('4')),
    ('ldexp(1, 5000)', lambda: math.ldexp(1, 5000)),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, '->', type(e).__name__ + ':', e)
