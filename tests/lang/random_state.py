# getstate/setstate: the Mersenne Twister words, the index and gauss_next.
import random

random.seed(77)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
print(all(0 <= w < 2**32 for w in state[1][:-1]))
a = [random.random() for _ in range(700)]
random.setstate(state)
b = [random.random() for _ in range(700)]
print(a == b, a[-1])

# gauss() keeps its second value in the state.
random.seed(3)
g = random.gauss()
state = random.getstate()
print(state[2] is not None)
x = random.gauss()
random.setstate(state)
print(x == random.gauss())

# A state moves between instances.
r1 = random.Random(10)
r1.random()
r2 = random.Random()
r2.setstate(r1.getstate())
print(r1.random() == r2.random(), r1.getrandbits(40) == r2.getrandbits(40))

# version 2 states (from Python 2) are reduced modulo 2**32.
st = random.getstate()
random.setstate((2, st[1], None))
print(random.getstate()[1] == st[1])

errors = [
    ('version 9', lambda: random.setstate((9, st[1], None))),
    ('not a tuple', lambda: random.setstate((3, list(st[1]), None))),
    ('wrong size', lambda: random.setstate((3, st[1][:10], None))),
    ('index 625', lambda: random.setstate((3, st[1][:-1] + (625,), None))),
    ('index -1', lambda: random.setstate((3, st[1][:-1] + (-1,), None))),
    ('negative word', lambda: random.setstate((3, (-1,) + st[1][1:], None))),
    ('str word', lambda: random.setstate((3, ('x',) + st[1][1:], None))),
    ('two items', lambda: random.setstate((3, st[1]))),
]
for label, fn in errors:
    try:
        fn()
        print(label, 'ok')
    except (ValueError, TypeError, OverflowError) as e:
        print(label, '->', type(e).__name__ + ':', e)

# Words are kept modulo 2**32, as CPython's C setstate does.
random.setstate((3, (2**32 + 5,) + st[1][1:], None))
print(random.getstate()[1][0])
