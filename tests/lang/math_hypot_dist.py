# hypot with any number of coordinates, and dist.
import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(), math.hypot(-7))
print(math.hypot(1, 2, 3), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(3e-320, 4e-320), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0.0, -0.0))
for i in range(1, 12):
    print(i, repr(math.hypot(i, i + 0.1, i * 0.3)), repr(math.hypot(0.1 * i, 0.7)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)), math.dist((), ()))
print(math.dist(range(3), (2, 2, 2)), repr(math.dist((0.1, 0.2, 0.3), (0.4, 0.5, 0.6))))
for args in [((1, 2), (1,)), (1, 2), ((1, 'a'), (1, 2))]:
    try:
        print(math.dist(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    math.hypot(1, 'x')
except TypeError as e:
    print('TypeError:', e)
print(math.hypot(*range(10)), math.hypot(10 ** 20, 1))
