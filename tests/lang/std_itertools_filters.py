# itertools.takewhile, dropwhile, filterfalse and compress.
from itertools import takewhile, dropwhile, filterfalse, compress

data = [1, 4, 6, 4, 1, 8, 2]
print(list(takewhile(lambda x: x < 5, data)), list(dropwhile(lambda x: x < 5, data)))
print(list(takewhile(lambda x: x < 0, data)), list(dropwhile(lambda x: x < 100, data)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', [], [0]])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True] * 3)))
print(list(compress('abc', [0, 1, 1, 1, 1])), list(compress([], [1])))
lines = ['# header', '# more', 'data 1', '# inline', 'data 2']
print(list(dropwhile(lambda l: l.startswith('#'), lines)))
print(list(takewhile(str.isdigit, ['1', '22', 'x', '3'])))
calls = []


def pred(x):
    calls.append(x)
    return x < 3


print(list(takewhile(pred, [1, 2, 3, 4, 5])), calls)
calls.clear()
print(list(dropwhile(pred, [1, 2, 3, 1, 0])), calls)
selectors = [x > 2 for x in data]
print(list(compress(data, selectors)), [d for d, s in zip(data, selectors) if s])
try:
    list(takewhile(None, [1]))
except TypeError as e:
    print('TypeError:', e)
try:
    list(compress('ab', 5))
except TypeError as e:
    print('TypeError:', e)
try:
    list(filterfalse(lambda: True, [1]))
except TypeError as e:
    print('TypeError:', e)
