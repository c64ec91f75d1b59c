# itertools and operator in C: lazy pipelines whose steps allocate nothing
# (count/islice/repeat/chain/accumulate/tee) or one small tuple (product,
# combinations, pairwise, zip_longest), as CPython's do.
from itertools import (accumulate, chain, combinations, count, cycle, groupby, islice, pairwise, product,
                       repeat, starmap, tee, zip_longest)
from operator import add, itemgetter, mul

N = 2_000_000
total = sum(islice(count(), N))
total += sum(islice(cycle((1, 2, 3)), N))
total += sum(chain(range(N // 2), repeat(1, N // 2)))
total += sum(accumulate(repeat(1, N // 4)))
total += sum(1 for _ in product(range(60), repeat=3))
total += sum(1 for _ in combinations(range(80), 3))
total += sum(b - a for a, b in pairwise(range(N // 4)))
total += sum(map(add, range(N // 4), range(N // 4)))
total += sum(starmap(mul, zip(range(N // 4), repeat(3))))
total += sum(1 for _ in zip_longest(range(N // 4), range(10)))
total += sum(1 for _, g in groupby(range(N // 4), key=lambda x: x // 8))
a, b = tee(range(N // 4))
total += sum(a) + sum(b)
total += sum(map(itemgetter(1), zip(range(N // 4), range(N // 4))))
print(total)
