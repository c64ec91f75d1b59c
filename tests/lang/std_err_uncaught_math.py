# Uncaught ValueError (math domain error) from a numeric helper.
import math


def quadratic_roots(a, b, c):
    d = b * b - 4 * a * c
    r = math.sqrt(d)
    return ((-b + r) / (2 * a), (-b - r) / (2 * a))


def safe_log(x):
    return math.log(x) if x > 0 else float('-inf')


print(quadratic_roots(1, -3, 2))
print(quadratic_roots(1, 2, 1))
print(quadratic_roots(2, -4, -6))
print([round(safe_log(x), 4) for x in (0, 1, math.e, 10)])
print(math.hypot(*quadratic_roots(1, -5, 6)))
print(quadratic_roots(1, 0, 1))
