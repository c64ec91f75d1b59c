# random.seed with floats (their hash), None (the OS) and unsupported types.
import random

for seed in [0.5, 1.5, -1.5, 3.14159, 1e300, -0.0, 2.0, float('inf')]:
    random.seed(seed)
    print(seed, random.random())

# An integral float hashes like the int, so it seeds alike.
random.seed(2.0)
a = random.random()
random.seed(2)
print(a == random.random())

# None (or no argument) seeds from the OS: only the range can be checked.
random.seed(None)
x = random.random()
random.seed()
y = random.random()
print(0.0 <= x < 1.0, 0.0 <= y < 1.0)
r = random.Random()
print(0 <= r.randrange(10) < 10)

for bad in [[1, 2], {'a': 1}, {1, 2}, (1, 2), object]:
    try:
        random.seed(bad)
        print('accepted', type(bad).__name__)
    except TypeError as e:
        print(type(bad).__name__, 'TypeError:', e)

try:
    random.Random([1])
except TypeError as e:
    print('TypeError:', e)
