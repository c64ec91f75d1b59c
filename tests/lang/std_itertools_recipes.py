# Classic itertools recipes built from the standard building blocks.
from itertools import (chain, combinations, count, cycle, filterfalse, groupby, islice,
                       repeat, starmap, tee, zip_longest)
import operator


def take(n, iterable):
    return list(islice(iterable, n))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iterators = alive


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))


def dotproduct(v1, v2):
    return sum(starmap(operator.mul, zip(v1, v2)))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


print(take(4, count(3)), take(3, cycle('ab')))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', key=str.lower)))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(list(grouper('ABCDEFG', 3, 'x')))
print(partition(lambda x: x % 2, range(10)))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(ncycles('ab', 3)))
print([k for k, _ in groupby(sorted('mississippi'))])
try:
    take(-1, 'abc')
except ValueError as e:
    print('ValueError:', e)
