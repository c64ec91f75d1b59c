# itertools over user iterables: __iter__/__next__ classes, the __getitem__ protocol,
# generators, and exceptions raised by user code passing through unchanged.
from itertools import chain, islice, cycle, groupby, zip_longest, product, tee, starmap, accumulate, compress


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return CountdownIter(self.n)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Squares:
    """Iterable through the old __getitem__ protocol only."""

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(chain(Countdown(3), Squares())), list(islice(cycle(Countdown(2)), 5)))
print([(k, list(g)) for k, g in groupby(Squares(), key=lambda v: v % 2)])
print(list(zip_longest(Countdown(2), Squares(), fillvalue='?')), list(product(Countdown(2), Squares()))[:3])
a, b = tee(Countdown(3))
print(list(a), list(b), list(accumulate(Squares())), list(compress(Countdown(4), Squares())))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __iter__(self):
        yield self.x
        yield self.y


print(list(starmap(lambda x, y: x * y, [Point(2, 3), Point(4, 5)])))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(fib(), 10)), list(islice(fib(), 50, 51)))


class Exploding:
    def __iter__(self):
        return self

    def __next__(self):
        raise OSError('device gone')


for make in [lambda: chain(Exploding()), lambda: islice(Exploding(), 3), lambda: cycle(Exploding()),
             lambda: groupby(Exploding()), lambda: zip_longest([1], Exploding()), lambda: tee(Exploding())[0],
             lambda: accumulate(Exploding()), lambda: compress(Exploding(), [1])]:
    try:
        next(make())
    except OSError as e:
        print(type(make()).__name__, 'OSError:', e)
try:
    product(Exploding())
except OSError as e:
    print('product OSError:', e)


class BadIter:
    def __iter__(self):
        return 42


try:
    chain(BadIter()).__next__()
except TypeError as e:
    print('TypeError:', e)
try:
    islice(BadIter(), 2)
except TypeError as e:
    print('TypeError:', e)


class StopsEarly:
    """__next__ raising StopIteration with a value still ends iteration."""

    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration('with value')
        self.done = True
        return 'only'


print(list(islice(StopsEarly(), 5)), list(chain(StopsEarly(), StopsEarly())), list(tee(StopsEarly())[1]))
