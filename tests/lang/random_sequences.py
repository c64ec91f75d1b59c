# choice and shuffle on several sequence types.
import random

random.seed(21)
print([random.choice('abcdefghij') for _ in range(10)])
print([random.choice((1, 2.5, 'x', None)) for _ in range(6)])
print(random.choice(range(10**12)), random.choice(b'bytes'), random.choice([[1], [2]]))

deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
random.shuffle(words)
print(words)
one = [1]
random.shuffle(one)
empty = []
print(random.shuffle(empty), one, empty)

# A shuffle of a bytearray works in place too.
ba = bytearray(b'abcdefgh')
random.shuffle(ba)
print(ba)

# shuffle draws with _randbelow(i + 1) from the end: the same numbers as
# randrange would give.
random.seed(5)
picks = [random.randrange(i + 1) for i in reversed(range(1, 6))]
random.seed(5)
x = list('abcdef')
random.shuffle(x)
y = list('abcdef')
for i, j in zip(reversed(range(1, 6)), picks):
    y[i], y[j] = y[j], y[i]
print(x == y, x)

errors = [
    ('choice([])', lambda: random.choice([])),
    ('choice("")', lambda: random.choice('')),
    ('choice(set)', lambda: random.choice({1, 2})),
    ('choice(5)', lambda: random.choice(5)),
    ('shuffle(tuple)', lambda: random.shuffle((1, 2, 3))),
    ('shuffle(str)', lambda: random.shuffle('abc')),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (IndexError, TypeError, KeyError) as e:
        print(label, '->', type(e).__name__ + ':', e)
