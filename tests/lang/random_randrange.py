# randrange and randint: _randbelow through getrandbits, with CPython's
# arithmetic for steps and its error messages.
import random

random.seed(8)
print([random.randrange(7) for _ in range(12)])
print([random.randrange(-5, 5) for _ in range(12)])
print([random.randrange(0, 100, 7) for _ in range(8)])
print([random.randrange(100, 0, -7) for _ in range(8)])
print([random.randrange(-1, -20, -3) for _ in range(8)])
print([random.randint(0, 1) for _ in range(20)])
print([random.randint(-2, 2) for _ in range(12)])
print(random.randrange(10**30), random.randint(-10**25, 10**25))
print(random.randrange(2**64, 2**65, 3), random.randrange(1, 2), random.randint(5, 5))

# __index__ values are accepted; results are plain ints.
class Five:
    def __index__(self):
        return 5
print(random.randrange(Five()) in range(5), random.randrange(True, 3, True) in (1, 2))

errors = [
    ('randrange(0)', lambda: random.randrange(0)),
    ('randrange(-3)', lambda: random.randrange(-3)),
    ('randrange(5, 5)', lambda: random.randrange(5, 5)),
    ('randrange(5, 1)', lambda: random.randrange(5, 1)),
    ('randrange(1, 5, -1)', lambda: random.randrange(1, 5, -1)),
    ('randrange(1, 5, 0)', lambda: random.randrange(1, 5, 0)),
    ('randrange(5, step=2)', lambda: random.randrange(5, step=2)),
    ('randrange(2.0)', lambda: random.randrange(2.0)),
    ('randrange(1, 5.5)', lambda: random.randrange(1, 5.5)),
    ('randrange(1, 9, 1.5)', lambda: random.randrange(1, 9, 1.5)),
    ('randrange("3")', lambda: random.randrange("3")),
    ('randint(3, 1)', lambda: random.randint(3, 1)),
    ('randint(1)', lambda: random.randint(1)),
    ('randint(0.5, 3)', lambda: random.randint(0.5, 3)),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (ValueError, TypeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
