# range edge cases: negative steps, big values, equality, slicing results.
cases = [(0,), (5,), (-5,), (2, 8), (8, 2), (2, 8, 2), (8, 2, -2), (-10, 10, 7), (10, -10, -7),
         (0, 1, 10), (0, -1, -10), (5, 5, -1)]
for args in cases:
    r = range(*args)
    print(args, r, len(r), list(r), list(reversed(r)))
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3))
print(range(0) == range(3, 1), range(1, 2) == range(1, 5, 10))
big = range(10 ** 18, 10 ** 18 + 10, 3)
print(big, len(big), list(big), big[-1], 10 ** 18 + 3 in big, 10 ** 18 + 4 in big)
r = range(100, 0, -7)
print(r[3:8], r[-2:], r[::-2], r[::3][1:3], list(r[5:1:-1]))
print(r.count(93), r.count(94), r.index(2))
print(list(range(-3, 3))[::-1] == list(range(2, -4, -1)))
print(-1 in range(-5, 0), 0 in range(-5, 0), 3.0 in range(5), 'a' in range(5))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
