# Real-valued distributions after a seed: the same floats as CPython.
import random

random.seed(2718)
print([random.uniform(-3, 7) for _ in range(3)], random.uniform(2, 2))
print([random.triangular() for _ in range(2)], random.triangular(0, 10, 9), random.triangular(3, 3, 3))
print([random.gauss() for _ in range(3)], random.gauss(100, 15))
print([random.normalvariate() for _ in range(2)], random.normalvariate(5, 0.1))
print(random.lognormvariate(0, 1), random.lognormvariate(1, 0.25))
print(random.expovariate(), random.expovariate(0.5), random.expovariate(-2))
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.vonmisesvariate(3, 0.5))
print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 3), random.gammavariate(9, 0.5))
print(random.betavariate(0.5, 0.5), random.betavariate(2, 5), random.betavariate(9, 1))
print(random.paretovariate(1), random.paretovariate(3.5))
print(random.weibullvariate(1, 1), random.weibullvariate(2, 0.5))

# Means of many draws land where they should.
random.seed(1)
n = 3000
means = [
    sum(random.gauss(10, 2) for _ in range(n)) / n,
    sum(random.expovariate(4) for _ in range(n)) / n,
    sum(random.gammavariate(3, 2) for _ in range(n)) / n,
    sum(random.betavariate(2, 2) for _ in range(n)) / n,
]
print([round(m, 6) for m in means])
print(9.8 < means[0] < 10.2, 0.23 < means[1] < 0.27, 5.7 < means[2] < 6.3, 0.48 < means[3] < 0.52)

errors = [
    ('expovariate(0)', lambda: random.expovariate(0)),
    ('gammavariate(0, 1)', lambda: random.gammavariate(0, 1)),
    ('gammavariate(1, -1)', lambda: random.gammavariate(1, -1)),
    ('betavariate(-1, 1)', lambda: random.betavariate(-1, 1)),
    ('paretovariate(0)', lambda: random.paretovariate(0)),
    ('lognormvariate()', lambda: random.lognormvariate()),
    ('uniform("a", 1)', lambda: random.uniform('a', 1)),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(label, '->', type(e).__name__ + ':', e)
