# Tuple comparison is lexicographic and drives sorting.
records = [('smith', 'john', 42), ('doe', 'jane', 35), ('smith', 'anna', 42),
           ('doe', 'john', 29), ('brown', 'bob', 35)]
for r in sorted(records):
    print(r)
print(sorted(records, key=lambda r: (r[2], r[0])))
print(sorted(records, key=lambda r: (-r[2], r[1])))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (2,) > (1, 100), () < (None,))
print((1, 'a') == (1, 'a'), (1, 2) != (1, 2.0), (0, 0) <= (0, 0), ((1, 2), 3) < ((1, 3), 0))
print(max(records), min(records), max(records, key=lambda r: r[1]))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
print((1, None) == (1, None))
print((1, None) < (1, None), (1, None) <= (1, None))
try:
    (1, None) < (1, 2)
except TypeError as e:
    print('TypeError:', e)
nan = float('nan')
t = (nan,)
print(t == t, (nan,) == (nan,))
pairs = list(zip([3, 1, 2, 1], ['c', 'a', 'b', 'z']))
pairs.sort()
print(pairs)
print(sorted([(2, 1), (1, 2), (1, 1), (2, 0)], reverse=True))
