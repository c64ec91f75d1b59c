# Uncaught errors from itertools functions called with invalid arguments.
from itertools import islice, permutations, combinations, count


def first_n(iterable, n):
    return list(islice(iterable, n))


print(first_n(permutations('abc', 2), 3))
print(first_n('hello', 2))
print(first_n(count(10, 5), 4))
print(first_n(combinations(range(5), 3), 2))
print(first_n('hello', None))
print(first_n(iter([]), 3))


def pages(seq, size):
    return [list(islice(seq, i, i + size)) for i in range(0, len(seq), size)]


print(pages('abcdefg', 3))
print(first_n('hello', -2))
