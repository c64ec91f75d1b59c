# random after seed(n): random(), uniform(), and reproducibility of the sequence.
import random

random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
again = random.random()
print(again)
random.seed(0)
print([round(random.uniform(1, 10), 12) for _ in range(4)])
random.seed(12345)
print(random.random(), random.uniform(-1, 1), random.uniform(5, 5))
random.seed(2 ** 100)
print(random.random())
random.seed(-7)
print(random.random())
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
second = [random.random() for _ in range(3)]
print(first == second, first)
r1 = random.Random(99)
r2 = random.Random(99)
print([r1.random() for _ in range(2)] == [r2.random() for _ in range(2)], r1.random())
random.seed(1)
print(sum(random.random() for _ in range(1000)))
try:
    random.seed([1, 2])
except TypeError as e:
    print('TypeError:', e)
