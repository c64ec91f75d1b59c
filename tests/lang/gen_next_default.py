# next() with a default, iter() with a sentinel, and exhaustion behaviour.
def two():
    yield 'a'
    yield 'b'


g = two()
print(next(g, 'd1'), next(g, 'd2'), next(g, 'd3'), next(g, None))
it = iter([10, 20])
print(next(it), next(it), next(it, 'empty'))
print(next(iter(''), 'no chars'), next(iter({}), 'no keys'))
found = next((i for i, ch in enumerate('hello world') if ch == 'w'), -1)
missing = next((i for i, ch in enumerate('hello') if ch == 'z'), -1)
print(found, missing)
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
first_big = next((x for x in data if x > 4), None)
print(first_big, list(data))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lines.__next__, '')), list(lines))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    next(two(), 'a', 'b')
except TypeError as e:
    print('TypeError:', e)
try:
    next()
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError:', e)
d = next(iter({'k': 'v'}.items()))
print(d)


def gen_with_default_logic(items, default):
    it = iter(items)
    first = next(it, default)
    yield 'first=%r' % (first,)
    yield from ('rest=%r' % (x,) for x in it)


print(list(gen_with_default_logic([1, 2, 3], 0)), list(gen_with_default_logic([], 'none')))
g = two()
print(next(g))
print(next(g))
print(next(g))
