# itertools.product: odometer order, repeat=, empty pools, inputs read up front, errors.
from itertools import product

print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)))
print(list(product()), list(product(repeat=3)), list(product('ab', repeat=0)), list(product('ab', [])), list(product(5, repeat=0)))
print(list(product([], 'ab')), len(list(product(range(4), repeat=3))), list(product('x', 'y', 'z')))
print(list(product(range(2), 'ab', repeat=2))[:5])
print([''.join(p) for p in product('ab', 'cd', 'e')])
reads = []


def gen(name, n):
    for i in range(n):
        reads.append(name)
        yield name + str(i)


p = product(gen('a', 2), gen('b', 2))
print(reads)
print(next(p), list(p))
p = product({3: 'x'}, (i * i for i in range(3)))
print(list(p))
results = list(product([[1]], repeat=2))
print(results, results[0][0] is results[0][1])
dice = sorted({sum(r) for r in product(range(1, 7), repeat=2)})
print(dice, sum(1 for r in product(range(1, 7), repeat=3) if sum(r) == 10))


class Pool:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(product(Pool(), 'z')))
for bad in [lambda: product(5), lambda: product('a', 1), lambda: product([1], repeat='a'),
            lambda: product([1], repeat=-1), lambda: product([1], x=1), lambda: product([1], repeat=2, x=1),
            lambda: product([1], repeat=2**62), lambda: product([1], repeat=2**70), lambda: product([1], repeat=None)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
