# itertools.count, cycle and repeat (consumed with islice and zip).
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(1, 3), 0, 12, 4)))
c = count(100)
print(next(c), next(c), repr(c), repr(count(2, 5)), repr(count(1.5)))
print(list(zip(count(1), 'abc')), dict(zip('xyz', count())))
cy = cycle('AB')
print([next(cy) for _ in range(5)], list(islice(cycle([1, 2, 3]), 7)))
print(list(islice(cycle([]), 3)))
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(7, -1)))
print(list(map(pow, range(5), repeat(2))), list(zip(repeat('k'), range(3))))
print(list(islice(repeat([1]), 2)), repr(repeat('a', 2)))
pairs = list(zip(cycle(['red', 'black']), range(1, 6)))
print(pairs)
it = cycle('ab')
next(it)
print(list(islice(it, 4)))
try:
    count('a')
except TypeError as e:
    print('TypeError:', e)
try:
    repeat()
except TypeError as e:
    print('TypeError:', e)
try:
    cycle(5)
except TypeError as e:
    print('TypeError:', e)
