# functools.reduce: folding with and without an initial value, and its errors.
from functools import reduce

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, ['x'], 'init-'), reduce(lambda a, b: a + b, [], 'only'), reduce(max, [5]))
print(reduce(lambda acc, x: acc + [x * x], range(5), []), reduce(lambda a, b: b, iter('xyz')))
print(reduce(lambda a, b: a | b, [{1}, {2, 3}, {3, 4}]), reduce(lambda a, b: (b, a), 'abc', None))
print(reduce(divmod, [100, 7]), reduce(pow, [2, 3, 2]), reduce(lambda a, b: a + b, (i for i in range(101))))


def gen():
    yield 1
    raise ValueError('generator failed')


calls = []


def add(a, b):
    calls.append((a, b))
    return a + b


print(reduce(add, {'p': 1, 'q': 2, 'r': 3}, ''), calls)
for label, fn in [('empty', lambda: reduce(add, [])), ('empty gen', lambda: reduce(add, (x for x in ()))),
                  ('not iterable', lambda: reduce(add, 5)), ('no args', lambda: reduce()),
                  ('one arg', lambda: reduce(add)), ('four args', lambda: reduce(add, [], 0, 1)),
                  ('keyword', lambda: reduce(add, [1], initial=0)), ('bad add', lambda: reduce(add, [1, 'a'])),
                  ('not callable', lambda: reduce(5, [1, 2])), ('gen raises', lambda: reduce(add, gen()))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
