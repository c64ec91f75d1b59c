# permutations, combinations, combinations_with_replacement: order, counts, edge sizes, errors.
from itertools import permutations, combinations, combinations_with_replacement as cwr
import math

print([''.join(p) for p in permutations('abc')], list(permutations(range(3), 2)))
print(list(permutations([])), list(permutations([], 0)), list(permutations('ab', 0)), list(permutations('ab', 3)))
print(list(permutations('ab', None)), list(permutations(iterable='ab', r=1)), list(permutations([1, 1])))
print(list(combinations('abcd', 2)), list(combinations('abc', 0)), list(combinations('ab', 3)))
print(list(combinations([], 0)), list(combinations(range(4), 4)), list(combinations(r=1, iterable='xy')))
print(list(cwr('abc', 2)), list(cwr('', 0)), list(cwr('', 2)), list(cwr('a', 3)), list(cwr('ab', 0)))
for n in range(6):
    for r in range(7):
        assert len(list(permutations(range(n), r))) == math.perm(n, r)
        assert len(list(combinations(range(n), r))) == math.comb(n, r)
        assert len(list(cwr(range(n), r))) == (math.comb(n + r - 1, r) if n else int(r == 0))
print('counts match math.perm/comb')
perms = list(permutations(range(5)))
print(perms == sorted(perms), len(set(perms)), perms[57])
combos = list(combinations(range(7), 3))
print(combos == sorted(combos), combos[20])
print(list(combinations({'k': 1}.items(), 1)), list(cwr(range(2), 3)))
print([c for c in combinations([1, 2, 3, 4, 5], 3) if sum(c) == 9])
p = permutations(x for x in 'ba')
print(next(p), next(p), next(p, 'end'))
big = combinations(range(10**6), 0)
print(list(big), list(combinations('ab', 10**9)), list(permutations('ab', 10**9)))
for bad in [lambda: permutations(), lambda: permutations('a', 'b'), lambda: permutations('a', -1),
            lambda: permutations('a', 1.0), lambda: permutations(5), lambda: permutations('a', 1, 2),
            lambda: combinations('ab'), lambda: combinations('ab', None), lambda: combinations('ab', -1),
            lambda: combinations(1, 1), lambda: cwr('ab'), lambda: cwr('ab', -2), lambda: cwr('ab', 'x'),
            lambda: cwr('ab', 1, z=1), lambda: combinations('ab', 2**70), lambda: permutations('a', 2**70)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
