# functools.reduce with and without an initial value, and its error cases.
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 7)))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(operator.add, [], 'init'))
print(reduce(lambda acc, w: acc + [w.upper()], ['a', 'b'], []))
print(reduce(operator.concat, ['ab', 'cd', 'ef']), reduce(lambda a, b: b + a, 'hello'))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('x', 1), ('y', 2)], {}))
steps = []


def trace(a, b):
    steps.append((a, b))
    return a + b


print(reduce(trace, [1, 2, 3], 100), steps)
print(reduce(lambda a, b: a if len(a) >= len(b) else b, 'the quick brown fox'.split()))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]) == {1, 2, 3}, reduce(operator.and_, [7, 5, 13]))
nested = {'a': {'b': {'c': 42}}}
print(reduce(dict.get, ['a', 'b', 'c'], nested), reduce(operator.getitem, ['a', 'b'], nested))
print(reduce(lambda a, _: a * 2, range(10), 1))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    reduce(operator.add, [1, 'a'])
except TypeError as e:
    print('TypeError:', e)
