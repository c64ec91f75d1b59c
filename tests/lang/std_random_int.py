# random integers after seeding: randint, randrange (with steps), getrandbits.
import random

random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print([random.randrange(10, 0, -3) for _ in range(6)])
print([random.getrandbits(8) for _ in range(6)], random.getrandbits(64), random.getrandbits(0))
print(random.getrandbits(100), random.randint(10 ** 20, 10 ** 21))
random.seed(2024)
print([random.randint(-3, 3) for _ in range(15)])
print([random.randrange(1, 2) for _ in range(3)])
errors = [
    ('randint(5, 1)', lambda: random.randint(5, 1)),
    ('randrange(0)', lambda: random.randrange(0)),
    ('randrange(1, 10, 0)', lambda: random.randrange(1, 10, 0)),
    ('randrange(2.5)', lambda: random.randrange(2.5)),
    ('getrandbits(-1)', lambda: random.getrandbits(-1)),
    ('randint(1.5, 3)', lambda: random.randint(1.5, 3)),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (ValueError, TypeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
