# Unpacking in comprehension targets: tuples, nested tuples, starred names.
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
print([n for n, _ in pairs], [w for _, w in pairs])
print({w: n for n, w in pairs})
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([(first, rest) for first, *rest in ['abc', 'de', 'f']])
print([(head, last) for head, *_, last in [(1, 2, 3, 4), (5, 6)]])
print([k + '=' + str(v) for k, v in sorted({'b': 2, 'a': 1}.items())])
points = [(0, 0), (3, 4), (-1, 1)]
print([(x * x + y * y) ** 0.5 for x, y in points])
print([i * v for i, (v, _) in enumerate(pairs)])
records = [('ann', 30, 'oslo'), ('bob', 25, 'rome')]
print({name: city for name, _, city in records})
print([[x, y] for [x, y] in [[1, 2], [3, 4]]])
print(sorted(c for (c,) in ['x', 'y']))
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print('ValueError:', e)
try:
    [a for a, b in [(1, 2, 3)]]
except ValueError as e:
    print('ValueError:', e)
try:
    [a for a, *b in [()]]
except ValueError as e:
    print('ValueError:', e)
try:
    [a for a, b in [5]]
except TypeError as e:
    print('TypeError:', e)
