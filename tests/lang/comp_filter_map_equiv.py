# Comprehensions compared with map/filter/loops: same results, different laziness.
nums = [5, 3, 8, 1, 9, 2]
loop = []
for n in nums:
    if n > 2:
        loop.append(n * 10)
comp = [n * 10 for n in nums if n > 2]
mf = list(map(lambda n: n * 10, filter(lambda n: n > 2, nums)))
print(loop == comp == mf, comp)
m = map(str, nums)
f = filter(None, [0, 1, '', 'a', None, [], [0]])
print(type(m).__name__, type(f).__name__, list(m), list(m), list(f))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), [pow(a, b) for a, b in zip([2, 3, 4], [3, 2, 1])])
print(list(map(len, ['a', 'bb'])), list(filter(str.isdigit, ['1', 'a', '22'])))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
lazy = map(lambda x: 1 // x, [1, 0])
print('map object created without error')
try:
    list(lazy)
except ZeroDivisionError as e:
    print('ZeroDivisionError on consumption:', e)
try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError as e:
    print('ZeroDivisionError immediately:', e)
try:
    list(map(len, [1]))
except TypeError as e:
    print('TypeError:', e)
try:
    list(filter(lambda a, b: a, [1]))
except TypeError as e:
    print('TypeError:', e)
try:
    map(len)
except TypeError as e:
    print('TypeError:', e)
