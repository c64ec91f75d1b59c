# Recursive functions built from comprehensions: flatten, deep copy, tree paths, powerset.
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]


def deep_map(f, x):
    if isinstance(x, dict):
        return {k: deep_map(f, v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return type(x)(deep_map(f, v) for v in x)
    return f(x)


def paths(tree, prefix=''):
    return [prefix + k for k in tree if not tree[k]] + \
        [p for k in tree if tree[k] for p in paths(tree[k], prefix + k + '/')]


def powerset(s):
    return [[]] if not s else [x for rest in powerset(s[1:]) for x in (rest, [s[0]] + rest)]


def depth(x):
    return 1 + max((depth(v) for v in x), default=0) if isinstance(x, list) else 0


print(flatten([1, [2, [3, [4]], 5], [], [[6]]]))
print(deep_map(lambda v: v * 2, {'a': [1, (2, 3)], 'b': {'c': 'x'}}))
fs = {'usr': {'bin': {'ls': {}, 'cat': {}}, 'lib': {}}, 'etc': {'hosts': {}}, 'tmp': {}}
print(paths(fs))
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
print(depth([]), depth([1, [2, [3]]]), depth(5))
print(sum(1 for _ in powerset(list(range(10)))))


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[0]
    return quicksort([x for x in xs[1:] if x < pivot]) + [pivot] + quicksort([x for x in xs[1:] if x >= pivot])


print(quicksort([5, 3, 8, 1, 9, 2, 7, 3]), quicksort([]), quicksort(list('python')))
try:
    quicksort([3, 'a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    deep_map(lambda v: v + 1, {'a': [1, 'x']})
except TypeError as e:
    print('TypeError:', e)
