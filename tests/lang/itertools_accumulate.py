# itertools.accumulate: +, a function, initial, user classes, errors.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate([5])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial='x')))
print(list(accumulate([1, 2], None)), list(accumulate([1, 2], func=None, initial=None)))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate([(1,), (2,)])))
print(list(accumulate(range(5), lambda a, b: a - b, initial=100)))


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)


print(list(accumulate([Vec(1, 2), Vec(3, 4), Vec(-1, 0)])))
calls = []


def tracked(a, b):
    calls.append((a, b))
    return a * b


acc = accumulate(range(1, 5), tracked)
print(next(acc), calls)
print(list(acc), calls)


def numbers():
    yield 1
    yield 2
    raise KeyError('gen failed')


acc = accumulate(numbers())
print(next(acc), next(acc))
try:
    next(acc)
except KeyError as e:
    print('KeyError:', e)
for bad in [lambda: accumulate(), lambda: accumulate(5), lambda: list(accumulate([1, None])),
            lambda: list(accumulate([1, 2], 'f')), lambda: accumulate([1], None, 3),
            lambda: accumulate([1], x=1), lambda: list(accumulate([1, 2], lambda a: a))]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
