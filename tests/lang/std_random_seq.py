# random sequence functions after seeding: choice, choices, shuffle, sample.
import random

random.seed(7)
colors = ['red', 'green', 'blue', 'yellow', 'purple']
print([random.choice(colors) for _ in range(6)], random.choice('abcdef'), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(colors, 3), random.sample(range(1000), 5), random.sample('xyz', 3))
print(random.choices(colors, k=5))
print(random.choices(colors, weights=[10, 1, 1, 1, 1], k=6))
print(random.choices('ab', cum_weights=[1, 10], k=8))
print(random.sample(colors, counts=[1, 2, 1, 1, 1], k=4))
random.seed(3)
names = ['ann', 'bob', 'cid', 'dee']
random.shuffle(names)
print(names, random.sample(names, len(names)))
errors = [
    ('choice([])', lambda: random.choice([])),
    ('sample(colors, 9)', lambda: random.sample(colors, 9)),
    ('sample(set)', lambda: random.sample({1, 2}, 1)),
    ('choices(w wrong len)', lambda: random.choices('ab', weights=[1], k=2)),
    ('sample(-1)', lambda: random.sample(colors, -1)),
    ('shuffle(tuple)', lambda: random.shuffle((1, 2, 3))),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (ValueError, TypeError, IndexError) as e:
        print(label, '->', type(e).__name__ + ':', e)
