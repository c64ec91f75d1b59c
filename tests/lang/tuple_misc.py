# Tuples as records, nested tuples, count/index with start/stop, hashing.
point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
nested = ((1, 2), (3, (4, 5)), ())
print(nested[1][1][0], len(nested), nested[2], len(nested[2]))
t = (1, 2, 1, 3, 1)
print(t.count(1), t.index(1, 1), t.index(1, 3), t.count(9))
try:
    t.index(1, 5)
except ValueError as e:
    print('ValueError:', e)
seen = {}
for key in [(1, 2), (2, 1), (1, 2), ((1,), 2)]:
    seen[key] = seen.get(key, 0) + 1
print(seen)
print(tuple(reversed(t)), tuple(sorted(t)), tuple(map(str, t)))
print(tuple(map(lambda x: x * 2, t)))
def stats(*nums):
    return min(nums), max(nums), sum(nums) / len(nums)
print(stats(4, 8, 15, 16, 23, 42))
lo, hi, avg = stats(1, 2)
print(lo, hi, avg)
print((1, 2) * 0, (1,) * 1, () + ())
a = (1, 2)
b = a + ()
print(a == b, len(a + b))
print(repr(tuple('x')), str(((1, 2),)), (1, 2).__len__(), (1, 2).__contains__(2))
