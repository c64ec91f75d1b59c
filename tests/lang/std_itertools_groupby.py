# itertools.groupby: consecutive grouping, keys, sorting first, consumed groups.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('aaabbbcca')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in groupby(nums, key=lambda n: n % 2 == 0)])
records = [('eng', 'ann'), ('eng', 'bob'), ('ops', 'cid'), ('eng', 'dee')]
by_dept = {k: [n for _, n in g] for k, g in groupby(sorted(records), key=lambda r: r[0])}
print(by_dept)
groups = groupby('aabbc')
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
it = groupby('xxyz')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g2), list(g1))
print(list(groupby([])), [k for k, _ in groupby('mississippi')])
rle = ''.join('%d%s' % (len(list(g)), k) for k, g in groupby('WWWWWWBBBWWWWB'))
print(rle)
try:
    list(groupby([1, 'a', 'a'], key=lambda x: x + 1))
except TypeError as e:
    print('TypeError:', e)
try:
    groupby(5)
except TypeError as e:
    print('TypeError:', e)
