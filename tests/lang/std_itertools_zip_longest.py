# itertools.zip_longest with fillvalue; comparison with zip and zip(strict=True).
from itertools import zip_longest

a, b, c = [1, 2, 3], 'ab', (10.0,)
print(list(zip(a, b, c)))
print(list(zip_longest(a, b, c)))
print(list(zip_longest(a, b, fillvalue='-')))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('x')))
names = ['ann', 'bob', 'cid']
scores = [90, 85]
for name, score in zip_longest(names, scores, fillvalue='n/a'):
    print('%-4s %s' % (name, score))
rows = [['a', 'b', 'c'], ['d'], ['e', 'f']]
print(list(zip_longest(*rows, fillvalue='')))
print([''.join(col) for col in zip_longest(*rows, fillvalue='.')])


def gen(n):
    for i in range(n):
        yield i


print(list(zip_longest(gen(2), gen(4), gen(1), fillvalue=None)))
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print('TypeError:', e)
try:
    list(zip_longest([1], 5))
except TypeError as e:
    print('TypeError:', e)
try:
    list(zip([1, 2], 'a', strict=True))
except ValueError as e:
    print('ValueError:', e)
