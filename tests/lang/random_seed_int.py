# random after int seeds: all bits of |n| are used, in 32-bit words.
import random

for seed in [0, 1, 2, 42, -42, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1,
             2**63, 2**64 - 1, 2**64, 10**40, -(10**40), 2**1000 + 7]:
    random.seed(seed)
    print(seed % 1000003, random.random(), random.random(), random.getrandbits(16))

# A seed is a seed: the same value always gives the same numbers.
random.seed(12345)
first = [random.random() for _ in range(5)]
random.seed(12345)
print(first == [random.random() for _ in range(5)], first[:2])

# |n| is what counts, and True is 1.
random.seed(-99)
a = random.random()
random.seed(99)
print(a == random.random())
random.seed(True)
b = random.random()
random.seed(1)
print(b == random.random(), b)

# Huge seeds use more key words than the 624 state words.
random.seed(2**30000 - 1)
print(random.random(), random.randrange(1000))

# Random instances have their own state, seeded by the constructor.
r1 = random.Random(7)
r2 = random.Random(7)
random.seed(7)
x = random.random()
print(r1.random() == x, r2.random() == x, r1.random() == r2.random())
r3 = random.Random()
r3.seed(7)
print(r3.random() == x)

# The sum of many draws is a cheap check of the whole stream.
random.seed(2024)
print(sum(random.random() for _ in range(2000)))
print(sum(random.getrandbits(32) for _ in range(2000)))
