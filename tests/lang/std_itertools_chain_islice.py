# itertools.chain, chain.from_iterable and islice with start/stop/step.
from itertools import chain, islice

print(list(chain('ab', [1, 2], (3,), range(2), {'k': 'v'})))
print(list(chain()), list(chain([])), list(chain.from_iterable(['xy', 'z', ''])))
print(list(chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print(list(chain.from_iterable(range(n) for n in range(4))))
c = chain([1], [2])
print(next(c), next(c), next(c, 'done'))
data = range(20)
print(list(islice(data, 5)), list(islice(data, 5, 10)), list(islice(data, 2, 15, 4)))
print(list(islice(data, None)), list(islice(data, 3, None, 7)), list(islice(data, 0)))
print(list(islice('abcdefg', 2, None)), list(islice('abc', 10)), list(islice('abc', 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))


def numbers():
    n = 0
    while True:
        yield n
        n += 1


print(list(islice(numbers(), 100, 105)))
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(chain.from_iterable(matrix)), sorted(chain(*matrix), reverse=True))
for bad in [lambda: islice('abc', -1), lambda: islice('abc', 1, 2, 0), lambda: islice('abc', 'x'),
            lambda: list(chain([1], 5)), lambda: islice(5, 2)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
