# itertools.tee: independent iterators over one input, copying, n=0, errors.
from itertools import tee, count, islice

a, b = tee([1, 2, 3])
print(list(a), list(b), list(a))
x, y, z = tee(iter(range(5)), 3)
print(next(x), next(x), list(y), next(z), list(x), list(z))
print(tee('abc', 0), len(tee('abc', 1)), type(tee('q')[0]).__name__, type(tee('q')).__name__)
reads = []


def source():
    for i in range(200):
        reads.append(i)
        yield i


a, b = tee(source())
print(list(islice(a, 3)), len(reads), list(islice(b, 2)), len(reads))
print(sum(a), len(reads), sum(b))
a, b = tee(count())
print([next(a) for _ in range(130)][-1], next(b), next(b))
c = a.__copy__()
print(next(a), next(c), next(a), next(c))
t1, t2 = tee(a)
print(t1 is a, next(t1), next(t2), next(a))
it = iter('xyz')
u, v = tee(it)
print(next(u), list(it), list(u), list(v))


def pairs(iterable):
    a, b = tee(iterable)
    next(b, None)
    return list(zip(a, b))


print(pairs('abcd'), pairs([]))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __copy__(self):
        print('copied at', self.n)
        return Copyable(self.n)


p, q = tee(Copyable(3))
print(type(p).__name__, list(p), list(q))


def failing():
    yield 1
    raise KeyError('boom')


a, b = tee(failing())
print(next(a), next(b))
try:
    next(a)
except KeyError as e:
    print('KeyError:', e)
print(list(b))
for bad in [lambda: tee(), lambda: tee(5), lambda: tee([1], -1), lambda: tee([1], 'a'), lambda: tee([1], n=2),
            lambda: tee([1], 2, 3), lambda: tee([1], 2**70), lambda: type(a)(), lambda: type(a)(1),
            lambda: a.__copy__(1)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
