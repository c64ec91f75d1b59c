# How zip, map and enumerate consume generators: stopping, lost items, side effects.
def counted(label, n):
    for i in range(n):
        print('  %s yields %d' % (label, i))
        yield i
    print('  %s exhausted' % label)


print(list(zip(counted('a', 3), counted('b', 2))))
print('---')
print(list(zip(counted('short', 1), counted('long', 5))))
print('---')
g = counted('g', 4)
print(list(zip(g, 'xy')))
print('left in g:', list(g))
print('---')
it = iter(range(10))
print(list(zip(it, it)))
print(list(map(lambda a, b: a * b, counted('m1', 2), counted('m2', 3))))
print('---')
e = enumerate(counted('e', 3), start=10)
print(next(e), next(e))
print(list(e))
try:
    list(zip([1, 2], counted('z', 3), strict=True))
except ValueError as err:
    print('ValueError:', err)
print(list(zip()), list(zip(counted('solo', 2))))
