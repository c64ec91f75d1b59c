# hash() of ints, floats and bools is deterministic.
for v in (0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30):
    print(v, hash(v))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1.5))
print(hash(True), hash(False), hash(0.0), hash(-0.0))
print(hash(1e100) == hash(int(1e100)))
print(hash(float('inf')), hash(float('-inf')))
d = {1: 'a', 1.0: 'b', True: 'c'}
print(d)
print(len({0, 0.0, False, -0.0}))
seen = {}
for v in (1, 1.0, True, 2, 2.0, -1, -2, 0, 0.0, False):
    seen.setdefault(hash(v), []).append(v)
for h in sorted(seen):
    print(h, seen[h])
print(hash(2 ** 61 - 1) == hash(0), hash(2 ** 62) == hash(2), hash(-(2 ** 61 - 1)) == 0)
print(hash(0.1), hash(2.5), hash(-2.5), hash(1e-300))
print(hash(123.0) == 123, hash(1 / 2 ** 10))
for big in (10 ** 18, 10 ** 19, 10 ** 20, 2 ** 100 + 1):
    print(big, hash(big), hash(-big), hash(float(big)) == hash(big))
