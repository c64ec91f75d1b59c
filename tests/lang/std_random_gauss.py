# random distributions after seeding: gauss, normalvariate, expovariate, triangular.
import random

random.seed(11)
print([round(random.gauss(0, 1), 10) for _ in range(5)])
print([round(random.normalvariate(100, 15), 8) for _ in range(3)])
print([round(random.expovariate(2.0), 10) for _ in range(3)])
print([round(random.triangular(0, 10, 3), 10) for _ in range(3)])
print(round(random.betavariate(2, 3), 10), round(random.gammavariate(2.0, 1.5), 10))
print(round(random.lognormvariate(0, 0.5), 10), round(random.vonmisesvariate(1, 2), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 1.5), 10))
random.seed(5)
samples = [random.gauss(10, 2) for _ in range(2000)]
mean = sum(samples) / len(samples)
print(round(mean, 6), 9.8 < mean < 10.2)
try:
    random.expovariate(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
random.seed(11)
again = [round(random.gauss(0, 1), 10) for _ in range(2)]
print(again)
r = random.Random(3)
print(round(r.gauss(5, 0.5), 10), round(r.normalvariate(5, 0.5), 10))
