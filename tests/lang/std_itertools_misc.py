# itertools.starmap, tee, pairwise and batched.
from itertools import starmap, tee, pairwise, batched
import operator

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.mul, zip([1, 2], [3, 4]))))
print(list(starmap(lambda *a: sum(a), [(1,), (1, 2), ()])), list(starmap(str.upper, [('a',)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
it = iter(range(5))
x, y, z = tee(it, 3)
print(next(x), next(x), list(y), list(x), list(z))
first, second = tee('abc')
second = list(second)
print(list(first), second, len(tee('q', 0)))
print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(batched('abcdefg', 3)), list(batched(range(4), 2)), list(batched([], 5)))
print([sum(b) for b in batched(range(10), 4)])
try:
    list(starmap(pow, [1, 2]))
except TypeError as e:
    print('TypeError:', e)
try:
    tee([1], -1)
except ValueError as e:
    print('ValueError:', e)
try:
    list(batched('abc', 0))
except ValueError as e:
    print('ValueError:', e)
try:
    pairwise(5)
except TypeError as e:
    print('TypeError:', e)
