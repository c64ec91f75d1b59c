# fsum (exact summation) and prod.
import math
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([0.5, 0.25, 2 ** -60]))
print(math.fsum([1e308, 1e308, -1e308]) if False else 'skip')
print(math.fsum([1e-16, 1, 1e16]), math.fsum([-0.0, -0.0]), math.fsum([2.0 ** 53, 1.0, 1.0]))
vals = []
x = 1.0
for i in range(100):
    vals.append(x)
    vals.append(-x / 3)
    x *= 1.1
print(math.fsum(vals), sum(vals))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1.0]))
for bad in [[math.inf, -math.inf], [1e308, 1e308], ['a'], 5]:
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)))
print(math.prod([2.5, 4]), math.prod([1, 2], start=0.5), math.prod(range(1, 30)))
print(math.prod([3, 'ab']), math.prod(['x'], start=1), math.prod([[1], 2]))
print(math.prod([10 ** 20, 10 ** 20]), math.prod([True, True]), math.prod([1.5] * 10))
try:
    math.prod([1, 2], 3)
except TypeError as e:
    print('TypeError:', e)
try:
    math.prod(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
try:
    math.prod()
except TypeError as e:
    print('TypeError:', e)
