# functools.cmp_to_key: sorting with old-style comparison functions.
from functools import cmp_to_key


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana', 'plum']
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))


def largest_number(nums):
    def cmp(a, b):
        return (b + a > a + b) - (b + a < a + b)
    return ''.join(sorted(map(str, nums), key=cmp_to_key(cmp)))


print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))


def version_cmp(v1, v2):
    p1 = [int(x) for x in v1.split('.')]
    p2 = [int(x) for x in v2.split('.')]
    return (p1 > p2) - (p1 < p2)


versions = ['1.10', '1.2', '1.2.1', '0.9', '1.1.10']
print(sorted(versions, key=cmp_to_key(version_cmp)))
print(max(versions, key=cmp_to_key(version_cmp)), min(versions, key=cmp_to_key(version_cmp)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
calls = []


def counting(a, b):
    calls.append((a, b))
    return a - b


sorted([3, 1, 2], key=cmp_to_key(counting))
print(len(calls) > 0, all(isinstance(c, tuple) for c in calls))
try:
    sorted([1, 2], key=cmp_to_key(lambda a, b: 'bad'))
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, 2], key=cmp_to_key(lambda a: 0))
except TypeError as e:
    print('TypeError:', e)
