# math module: roots, powers, logs, trig and hyperbolic functions.
import math

print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.cbrt(8.0))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(1), math.exp(0), math.expm1(1e-10))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), round(math.tan(math.pi / 4), 12))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.sinh(1), math.cosh(0), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)))
print(math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10), math.gamma(0.5) ** 2)
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod(range(1, 11)), math.prod([1.5, 2]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.exp2(10), math.nextafter(1.0, 2.0), math.ulp(1.0))
for x in [0.5, 2, 100]:
    print('%-5s %.10f %.10f %.10f' % (x, math.log(x), math.sqrt(x), math.exp(-x)))
print(math.sqrt(1e308), math.exp(700) > 1e300, math.log(1e-300))
print(math.floor(math.log10(12345)) + 1, round(math.log(2) * 1e6), math.isqrt(99) ** 2)
print([round(math.sin(math.radians(d)), 6) for d in range(0, 361, 45)])
print(math.copysign(1.0, math.atan2(-0.0, 1)), math.degrees(math.atan2(1, 1)))
