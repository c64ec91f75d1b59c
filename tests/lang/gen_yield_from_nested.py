# Nested `yield from` over generators, lists, strings, ranges and iterators.
def flatten(item):
    if isinstance(item, (list, tuple)):
        for sub in item:
            yield from flatten(sub)
    else:
        yield item


print(list(flatten([1, [2, [3, [4, (5, 6)]]], 7, [], [[[]]], 'ab'])))


def chain(*its):
    for it in its:
        yield from it


print(list(chain('ab', [1, 2], range(3), (x * x for x in range(3)), {'k': 1})))


def tree(depth, prefix=''):
    if depth == 0:
        return
    for ch in 'LR':
        yield prefix + ch
        yield from tree(depth - 1, prefix + ch)


print(list(tree(2)))
print(len(list(tree(5))))


def deep(n):
    if n == 0:
        yield 'bottom'
        return 0
    r = yield from deep(n - 1)
    yield 'level %d' % n
    return r + n


g = deep(4)
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        out.append(('returned', e.value))
        break
print(out)


def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
        except StopIteration:
            yield from ib
            return
        ia, ib = ib, ia


print(list(interleave('abc', 'XYZ12')), list(interleave([], [1])))


def walk_dict(d, path=()):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk_dict(v, path + (k,))
        else:
            yield '.'.join(path + (k,)), v


cfg = {'db': {'host': 'h', 'port': 5}, 'debug': True, 'paths': {'a': {'b': 'c'}}}
print(list(walk_dict(cfg)))
