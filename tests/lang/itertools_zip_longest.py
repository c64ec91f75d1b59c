# itertools.zip_longest: fill values, exhausted inputs are not read again, errors.
from itertools import zip_longest, count, islice

print(list(zip_longest('abc', [1, 2])), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('ab')), list(zip_longest([], [], [])))
print(list(zip_longest(range(3), [], fillvalue=None)), list(zip_longest([1], fillvalue=0)))
print(list(islice(zip_longest(count(), 'ab', fillvalue=''), 4)))
rows = [[1, 2, 3], [4], [5, 6]]
print([list(col) for col in zip_longest(*rows, fillvalue=0)])
print([sum(col) for col in zip_longest(*rows, fillvalue=0)])
reads = []


class Counter:
    """An iterator that reports each call of __next__."""

    def __init__(self, name, n):
        self.name, self.n = name, n

    def __iter__(self):
        return self

    def __next__(self):
        reads.append(self.name)
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.name


z = zip_longest(Counter('a', 1), Counter('b', 3))
print(list(z), reads)
reads.clear()
print(list(z), reads)
fill = []
out = list(zip_longest('ab', 'x', fillvalue=fill))
print(out, out[1][1] is fill)


def broken():
    yield 1
    raise LookupError('broken input')


z = zip_longest([1, 2, 3], broken())
print(next(z))
try:
    next(z)
except LookupError as e:
    print('LookupError:', e)
print(list(z))
for bad in [lambda: zip_longest([1], fill=0), lambda: zip_longest([1], fillvalue=0, other=1),
            lambda: zip_longest([1], 5), lambda: zip_longest(None)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
