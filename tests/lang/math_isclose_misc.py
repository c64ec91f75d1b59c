# isclose, degrees/radians, and using math in small computations.
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10))
print(math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, math.inf), math.isclose(-0.0, 0.0), math.isclose(a=1, b=1.0000000001))
print(math.isclose(5, 5, rel_tol=0, abs_tol=0), math.isclose(1, 2, rel_tol=1))
for d in [0, 30, 45, 60, 90, 180, 270, 360, -45, 1e-300]:
    r = math.radians(d)
    print(d, repr(r), repr(math.degrees(r)))
def circle(r):
    return math.pi * r * r, 2 * math.pi * r
print(circle(1), circle(2.5))
def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    s = math.sqrt(disc)
    return ((-b + s) / (2 * a), (-b - s) / (2 * a))
print(quadratic(1, -3, 2), quadratic(1, 2, 5), quadratic(2, 4, -7))
def newton_sqrt(x):
    g = x / 2
    for i in range(30):
        g = (g + x / g) / 2
    return g
print(newton_sqrt(2), math.sqrt(2), math.isclose(newton_sqrt(10), math.sqrt(10)))
pts = [(0, 0), (3, 4), (6, 8), (9, 12)]
length = 0
for i in range(1, len(pts)):
    length += math.dist(pts[i - 1], pts[i])
print(length)
from math import sqrt, pi, floor as fl
print(sqrt(81), pi, fl(-2.5))
import math as m
print(m.cos(0), m.__name__, type(m).__name__)
print(hasattr(math, 'sqrt'), hasattr(math, 'tau'), hasattr(math, 'nope'))
