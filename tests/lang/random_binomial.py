# binomialvariate: the n == 1 case, the geometric method for n*p < 10,
# the BTRS rejection method above, and the p > 0.5 reflection.
import random

random.seed(13)
print([random.binomialvariate() for _ in range(10)])
print([random.binomialvariate(1, 0.9) for _ in range(10)])
print([random.binomialvariate(10, 0.3) for _ in range(10)])
print([random.binomialvariate(20, 0.05) for _ in range(10)])
print([random.binomialvariate(100, 0.5) for _ in range(10)])
print([random.binomialvariate(1000, 0.25) for _ in range(5)])
print([random.binomialvariate(40, 0.8) for _ in range(8)])
print(random.binomialvariate(10**6, 0.001), random.binomialvariate(0, 0.5))
print(random.binomialvariate(7, 0.0), random.binomialvariate(7, 1.0), random.binomialvariate(3, 1e-300))
x = random.binomialvariate(50, 0.5)
print(type(x).__name__, 0 <= x <= 50)

random.seed(6)
n = 2000
mean = sum(random.binomialvariate(30, 0.4) for _ in range(n)) / n
print(mean, 11.7 < mean < 12.3)

for args in [(-1, 0.5), (5, -0.1), (5, 1.5), (5, float('nan'))]:
    try:
        print(args, random.binomialvariate(*args))
    except (ValueError, AssertionError) as e:
        print(args, type(e).__name__ + ':', e)
