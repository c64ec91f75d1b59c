# itertools.islice: start/stop/step, None, how much of the input it reads, errors.
from itertools import islice, count
import sys

r = range(20)
print(list(islice(r, 5)), list(islice(r, 5, 10)), list(islice(r, 2, 15, 4)), list(islice(r, 0)))
print(list(islice(r, None)), list(islice(r, 3, None)), list(islice(r, None, 4)), list(islice(r, 15, None, 2)))
print(list(islice(r, 1, 2, None)), list(islice(r, None, None, 7)), list(islice('abc', 5, 10)))
print(list(islice(r, True, 4)), list(islice(range(3), sys.maxsize)), list(islice(r, 30, 40)))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(islice(r, Index(2), Index(9), Index(3))))
it = iter(range(10))
print(list(islice(it, 2)), list(islice(it, 1, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 3, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
s = islice(count(), 0, None, 3)
print(next(s), next(s), next(s))
reads = []


def source():
    for i in range(100):
        reads.append(i)
        yield i


print(list(islice(source(), 2, 8, 3)), reads)
for args in [(-1,), ('a',), (1.5,), (2**64,), (-1, 3), ('x', 3), (0, -2), (0, 'x'), (0, 2**70),
             (0, 2, 0), (0, 2, -1), (0, 2, 'z'), (None, None, 0), (1, 2, 3, 4), ()]:
    try:
        print(list(islice(r, *args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for bad in [lambda: islice(), lambda: islice(r), lambda: islice(r, stop=2), lambda: islice(5, 1),
            lambda: islice(5, -1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
