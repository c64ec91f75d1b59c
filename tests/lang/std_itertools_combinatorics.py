# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), repeat=4))), list(product()), list(product('ab', [])))
print([''.join(p) for p in permutations('abc')])
print(list(permutations(range(3), 2)), len(list(permutations(range(6)))), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)), list(combinations('ab', 0)), list(combinations('ab', 3)))
print(list(cwr('abc', 2)))
print(len(list(cwr(range(4), 3))), list(cwr('', 2)), list(cwr('', 0)))
print(list(permutations([1, 1, 2])), sorted(set(permutations([1, 1, 2]))))
coins = [1, 2, 5]
ways = [c for n in range(1, 5) for c in cwr(coins, n) if sum(c) == 6]
print(ways)
dice = sum(1 for r in product(range(1, 7), repeat=2) if sum(r) == 7)
print(dice, '/', 6 * 6)
print(list(product('xy', repeat=0)), list(product(range(2), 'a', repeat=2))[:3])
for bad in [lambda: permutations('abc', -1), lambda: combinations('abc', -1),
            lambda: product('ab', repeat=-1), lambda: combinations(5, 2), lambda: cwr('ab')]:
    try:
        print(list(bad()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
