# sample (pool or set method, counts) and choices (weights, cum_weights).
import random

random.seed(4)
print(random.sample(range(10), 10))
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 8))   # large population: set method
print(random.sample('abcdefghijklmnopqrstuvwxyz', 6))
print(random.sample((1, 2, 3), 0), random.sample([], 0))
print(random.sample(['a', 'b'], k=2, counts=[3, 1]))
print(random.sample(['x', 'y', 'z'], counts=[2, 0, 5], k=7))
print(random.sample(range(30), 25))      # k > 5 grows the pool threshold

print(random.choices('abc'))
print(random.choices('abc', k=8))
print(random.choices(range(5), [5, 1, 1, 1, 1], k=10))
print(random.choices('wxyz', cum_weights=[1, 2, 3, 10], k=10))
print(random.choices([True, False], [0.25, 0.75], k=12))
print(random.choices('ab', k=0), random.choices('ab', k=-2))

errors = [
    ('sample k too big', lambda: random.sample([1, 2], 3)),
    ('sample k negative', lambda: random.sample([1, 2], -1)),
    ('sample set', lambda: random.sample({1, 2, 3}, 2)),
    ('sample dict', lambda: random.sample({'a': 1}, 1)),
    ('sample no k', lambda: random.sample([1, 2])),
    ('sample counts length', lambda: random.sample('ab', 1, counts=[1])),
    ('sample counts float', lambda: random.sample('ab', 1, counts=[1, 1.5])),
    ('sample counts zero', lambda: random.sample('ab', 1, counts=[0, 0])),
    ('sample counts k', lambda: random.sample('ab', 5, counts=[1, 2])),
    ('choices weights len', lambda: random.choices('abc', [1, 2])),
    ('choices both', lambda: random.choices('ab', [1, 1], cum_weights=[1, 2])),
    ('choices k positional', lambda: random.choices('ab', 3)),
    ('choices zero total', lambda: random.choices('ab', [0, 0])),
    ('choices inf', lambda: random.choices('ab', [1, float('inf')])),
    ('choices empty', lambda: random.choices([], k=1)),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (ValueError, TypeError, IndexError) as e:
        print(label, '->', type(e).__name__ + ':', e)
