# math.sumprod with CPython 3.12's three lanes: exact ints, triple-length
# floats (float with int or bool too), then Python's * and + for the rest.
import math
def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        yield x
g = lcg(7)
fl = [((next(g) >> 11) / 2**53 - 0.5) * 10 ** ((next(g) % 40) - 20) for _ in range(200)]
fl2 = [((next(g) >> 11) / 2**53 - 0.5) * 10 ** ((next(g) % 40) - 20) for _ in range(200)]
print(math.sumprod(fl, fl2), sum(a * b for a, b in zip(fl, fl2)))
print(math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([1e308, 1e308, -1e308], [10, 1, 1]))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([2**62, 2**62], [2, 2]), math.sumprod([2**40] * 3, [2**40] * 3))
print(math.sumprod([1, 2.5, 3], [4, 5, True]), math.sumprod([True, False, True], [0.1, 0.2, 0.3]))
print(math.sumprod([1, 2, 0.5, 3, 4], [1, 1, 0.1, 2, 2]), math.sumprod([10**30, 0.5], [1, 2]))
try: math.sumprod([0.5, 10**400], [2, 1])
except OverflowError as e: print(type(e).__name__, e)
print(math.sumprod([], []), math.sumprod((x for x in [1.5]), iter([2])), repr(math.sumprod([float('inf')], [1.0])), repr(math.sumprod([float('inf'), 1.0], [0.0, 1.0])))
print(math.sumprod([1e200, 1e200, -1e200], [1e200, 1.0, 1e200]))
for p, q in (([[1]], [3]), (['a', 'b'], [2, 3]), ([[1], 2], [0, 3])):
    try:
        print(math.sumprod(p, q))
    except TypeError as e:
        print(type(e).__name__, e)
for a in (([1], [1, 2]), ([1, 2], [1]), (1, [1]), ([1],), ([1], [2], [3]), (['a'], ['b'])):
    try: print(math.sumprod(*a))
    except Exception as e: print(type(e).__name__, e)
try: math.sumprod(p=[1], q=[2])
except Exception as e: print(type(e).__name__, e)
class N:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return N(self.v * o)
    def __radd__(self, o): return N(o + self.v)
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __repr__(self): return 'N(%r)' % self.v
print(math.sumprod([1, 2, N(3), 0.5, 4], [5, 6, 7, 0.25, 8]))
print(math.sumprod([0.1, 0.2, 0.3], [1, 2, 3]), sum(a * b for a, b in zip([0.1, 0.2, 0.3], [1, 2, 3])))
print(math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]), math.sumprod([2**53, 1, 1], [1.0, 1.0, 1.0]))
print(math.sumprod(range(10**6, 10**6 + 50), range(50)), math.sumprod([3, 4], [True, False]))
math.sumprod([1, 2], (x for x in 'ab'))
