# What comprehensions build: element types, nesting, identity of fresh objects.
lst = [x for x in range(3)]
st = {x for x in range(3)}
dc = {x: x for x in range(3)}
ge = (x for x in range(3))
print([type(o).__name__ for o in (lst, st, dc, ge)])
print([[]] * 2 == [[] for _ in range(2)], [[] for _ in range(2)][0] is [[] for _ in range(2)][1])
fresh = [[] for _ in range(3)]
fresh[0].append('only first')
print(fresh)
print(tuple(x for x in 'ab'), frozenset(x for x in [1, 1]) == frozenset({1}))
print([(x,) for x in range(2)], [[x] for x in range(2)], [{x: x} for x in range(2)])
print({x: [y for y in range(x)] for x in range(3)})
print([{'id': i, 'tags': [t for t in 'abc'[:i]]} for i in range(3)])
print(list({x: None for x in 'hello'}), ''.join({c: 1 for c in 'mississippi'}))
print([bool(x) for x in [0, '', [], 1, 'a', [0]]])
print([x for x in [1, 2.0, 3, True]], [x * 2 for x in (1, 2.5, True, "s")])
print([str(x) + '!' for x in [None, True, 1.5, 'x', (1,), [2]]])
print(len([[x, y] for x in range(10) for y in range(10)]), len({(x % 3, y % 3) for x in range(10) for y in range(10)}))
print(sum([[i] for i in range(3)], []), [i for sub in [[0], [1, 2]] for i in sub])
try:
    [x for x in None]
except TypeError as e:
    print('TypeError:', e)
try:
    {x: y for x, y in {'a': 1}}
except ValueError as e:
    print('ValueError:', e)
