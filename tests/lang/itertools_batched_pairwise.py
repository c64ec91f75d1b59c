# itertools.batched and pairwise: tuples, short last batch, laziness, huge n, errors.
from itertools import batched, pairwise, count, islice

print(list(batched('abcdefg', 3)), list(batched(range(6), 2)), list(batched([], 4)))
print(list(batched('ab', 5)), list(batched(range(3), 1)), list(batched(iterable='xyz', n=2)))
print(list(batched(range(70), 33))[-1], len(list(batched(range(70), 33))))
print(list(batched('abc', 10**6)))
b = batched(count(), 4)
print(next(b), next(b), type(next(b)).__name__)
log = []


def source():
    for c in 'abcde':
        log.append(c)
        yield c


b = batched(source(), 2)
print(next(b), log)
print(list(b), log, list(b))
print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])), list(pairwise(iter('xy'))))
print([y - x for x, y in pairwise([1, 4, 9, 16, 25])])
p = pairwise(count())
print(next(p), next(p), list(islice(p, 2)))
log.clear()
p = pairwise(source())
print(next(p), log)


def broken():
    yield 1
    yield 2
    raise ValueError('source broke')


p = pairwise(broken())
print(next(p))
try:
    next(p)
except ValueError as e:
    print('ValueError:', e)
print(list(p))
for bad in [lambda: batched('abc'), lambda: batched('abc', 0), lambda: batched('abc', -2),
            lambda: batched('abc', 'x'), lambda: batched(5, 2), lambda: batched('abc', 2**80),
            lambda: pairwise(), lambda: pairwise(1), lambda: pairwise('a', 'b'), lambda: pairwise(iterable='ab')]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
