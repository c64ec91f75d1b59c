# math integer functions: factorial, gcd, lcm, isqrt, comb, perm, and errors.
import math

print([math.factorial(n) for n in range(8)], math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 10 ** 20]])
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 3), math.perm(3, 5))
print(math.isqrt(2 ** 200) == 2 ** 100, math.factorial(20) // math.factorial(18))
errors = [
    ('factorial(-1)', lambda: math.factorial(-1)),
    ('factorial(2.5)', lambda: math.factorial(2.5)),
    ('factorial(3.0)', lambda: math.factorial(3.0)),
    ('isqrt(-4)', lambda: math.isqrt(-4)),
    ('isqrt(4.0)', lambda: math.isqrt(4.0)),
    ('comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('comb(5, -2)', lambda: math.comb(5, -2)),
    ('perm(5, -1)', lambda: math.perm(5, -1)),
    ("gcd(1.5, 3)", lambda: math.gcd(1.5, 3)),
    ("comb('5', 2)", lambda: math.comb('5', 2)),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (ValueError, TypeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
