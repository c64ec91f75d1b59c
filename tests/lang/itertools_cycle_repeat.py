# itertools.cycle and repeat: saved items, laziness, reprs, __length_hint__, errors.
from itertools import cycle, repeat, islice

cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(islice(cycle([]), 5)), list(islice(cycle(range(1)), 3)))
log = []


def gen():
    for i in range(3):
        log.append(i)
        yield i


cg = cycle(gen())
print(next(cg), log)
print(list(islice(cg, 8)), log)
it = iter([1, 2])
cy = cycle(it)
print(next(cy), list(it), list(islice(cy, 3)))
r = repeat('x', 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(repr(repeat([1, 2])), repr(repeat(None, 0)), repr(repeat(1, -5)), repr(repeat(1, times=-1)))
print(list(repeat(7, -1)), list(repeat('ab', 2)), list(repeat(object=0, times=2)))
print(list(map(pow, range(5), repeat(2))), list(zip('ab', repeat(0))))
r = repeat(5)
print(next(r), next(r), repr(r))
try:
    r.__length_hint__()
except TypeError as e:
    print('TypeError:', e)
shared = []
items = list(repeat(shared, 3))
shared.append(1)
print(items, items[0] is items[2])


class MyRepeat(repeat):
    pass


print(repr(MyRepeat('q', 2)), list(MyRepeat('q', 2)))
for bad in [lambda: cycle(), lambda: cycle(1, 2), lambda: cycle(5), lambda: cycle([1], x=1),
            lambda: repeat(), lambda: repeat(1, 2, 3), lambda: repeat(1, 'a'), lambda: repeat(1, 2.0),
            lambda: repeat(1, 2**70), lambda: repeat(1, times=None), lambda: repeat(1, n=2),
            lambda: repeat(1, 2).__length_hint__(1)]:
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
