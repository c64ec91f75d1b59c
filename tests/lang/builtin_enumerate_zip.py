# enumerate, zip, map, filter.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('x', start=-1)))
for i, (a, b) in enumerate(zip('xy', [10, 20]), start=100):
    print(i, a, b)
print(list(zip()), list(zip([1])), list(zip([1, 2], 'ab', (True, False))))
print(list(zip(range(5), 'abc')), dict(zip(['k1', 'k2'], [1, 2])))
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(map(str, [1, 2])), list(map(len, ['a', 'bb'])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda x, y, z: x + y + z, [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')))
print(list(filter(lambda x: x % 3 == 0, range(10))))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, 'end'))
z = zip('ab', 'cd')
print(next(z), list(z), list(z))
e = enumerate('pq')
print(next(e), list(e))
try:
    zip(1, 2)
except TypeError as ex:
    print('TypeError:', ex)
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as ex:
    print('ValueError:', ex)
try:
    enumerate(5)
except TypeError as ex:
    print('TypeError:', ex)
try:
    list(map(None, [1]))
except TypeError as ex:
    print('TypeError:', ex)
print(type(map(str, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
