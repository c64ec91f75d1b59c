# compress, dropwhile, takewhile, filterfalse and starmap, with user predicates.
from itertools import compress, dropwhile, takewhile, filterfalse, starmap, count
import operator

data = [3, 8, 1, 9, 2, 7]
print(list(compress(data, [1, 0, 1, 0, 1, 0])), list(compress('abc', [True])), list(compress('ab', [1, 1, 1])))
print(list(compress(data=range(5), selectors=count())), list(compress('abcd', 'x y ')))
print(list(dropwhile(lambda x: x < 5, data)), list(takewhile(lambda x: x != 1, data)))
print(list(dropwhile(bool, [])), list(takewhile(bool, [1, 2, 0, 3])), list(dropwhile(bool, [1, 0, 2])))
print(list(filterfalse(None, [0, 1, '', 'x', None, [], [0]])), list(filterfalse(bool, [0, 1, 2])))
print(list(filterfalse(lambda x: x % 3, range(10))))
print(list(starmap(operator.sub, [(5, 2), (1, 1)])), list(starmap(max, [[1, 5, 2], 'xy'])))
print(list(starmap(lambda *a: a, [(), (1,), iter([2, 3])])))
calls = []


def small(x):
    calls.append(x)
    return x < 5


tw = takewhile(small, [1, 2, 6, 3])
print(list(tw), calls, list(tw))
calls.clear()
dw = dropwhile(small, [1, 2, 6, 3])
print(list(dw), calls)


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v == 'yes'


print(list(compress('abc', [Flag('yes'), Flag('no'), Flag('yes')])))
print(list(filterfalse(lambda s: Flag(s), ['yes', 'no'])))


class Bad:
    def __bool__(self):
        raise ValueError('no truth')


for bad in [lambda: list(compress('a', [Bad()])), lambda: list(takewhile(lambda x: Bad(), [1])),
            lambda: list(dropwhile(lambda x: 1 / x, [1, 0])), lambda: list(starmap(pow, [(1,)])),
            lambda: list(starmap(pow, [3])), lambda: compress('a'), lambda: compress(1, [1]),
            lambda: dropwhile(bool), lambda: takewhile(bool, [1], x=1), lambda: filterfalse(None, 5),
            lambda: list(filterfalse(5, [1])), lambda: starmap(pow), lambda: starmap(pow, 1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
