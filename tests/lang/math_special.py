# gamma, lgamma, erf and erfc.
import math
for x in [1, 2, 3, 4.5, 5, 10, 0.5, 1.5, 0.1, -0.5, -1.5, -2.5, 20, 50.5, 100, 171, 1e-5, -1e-5, 1e-25,
          141.5, -140.5, 23, 24, 0.999]:
    print(x, repr(math.gamma(x)), repr(math.lgamma(x)))
for x in [0.0, 0.1, 0.5, 1, 2, 3, -0.5, -2, 5.5, 10, 30, 1e-10, -1e-300]:
    print(x, repr(math.erf(x)), repr(math.erfc(x)))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf), math.erf(math.nan))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan))
print(math.gamma(-200.5), math.lgamma(1e300), math.lgamma(-1e-300) > 600)
for f, x in [(math.gamma, 0), (math.gamma, -1), (math.gamma, -2.0), (math.gamma, -math.inf),
             (math.gamma, 172), (math.gamma, 1e10), (math.lgamma, 0), (math.lgamma, -3), (math.lgamma, 1e308 * 10)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
for n in range(1, 12):
    print(n, math.gamma(n) == math.factorial(n - 1), math.isclose(math.exp(math.lgamma(n + 0.5)), math.gamma(n + 0.5)))
