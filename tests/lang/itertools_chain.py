# itertools.chain and chain.from_iterable: laziness, subclasses, errors while iterating.
from itertools import chain, islice, count

print(list(chain('ab', [1, 2], (3,), range(2))), list(chain()), list(chain([], '', ())))
print(list(chain.from_iterable(['ab', [1], ()])), list(chain.from_iterable([])))
print(list(islice(chain.from_iterable(range(n) for n in count()), 10)))
log = []


def part(name, n):
    log.append('start ' + name)
    for i in range(n):
        yield name + str(i)


c = chain(part('a', 2), part('b', 1))
print(log, next(c), log)
print(list(c), log)
log.clear()
c = chain.from_iterable(part(x, 1) for x in 'pq')
print(log, list(c), log)
d = {'k': 1, 'j': 2}
print(list(chain(d, d.values())), list(chain('x', {'only'})))
c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print('TypeError:', e)
print(list(c))


class Words(chain):
    def upper(self):
        return [w.upper() for w in self]


w = Words(['a', 'b'], ['c'])
print(type(w).__name__, w.upper(), isinstance(w, chain))
w2 = Words.from_iterable([['x'], ['y']])
print(type(w2).__name__, list(w2))
m = chain.from_iterable
print(list(m(['ab', 'c'])))


def failing():
    yield 1
    raise RuntimeError('inner failure')


c = chain(failing(), [2])
print(next(c))
try:
    next(c)
except RuntimeError as e:
    print('RuntimeError:', e)
print(list(c))
for bad in [lambda: chain(x=1), lambda: chain.from_iterable(), lambda: chain.from_iterable(1),
            lambda: chain.from_iterable([1], [2]), lambda: list(chain.from_iterable([1])),
            lambda: chain.from_iterable(it=[1])]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
