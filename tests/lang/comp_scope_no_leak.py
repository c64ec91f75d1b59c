# Comprehension variables do not leak into the enclosing scope (unlike for loops).
x = 'outer x'
squares = [x * x for x in range(4)]
print(squares, x)
for y in range(3):
    pass
print('for loop leaks y =', y)
gen = [z for z in 'abc']
try:
    print(z)
except NameError as e:
    print('NameError:', e)
i = 10
print({i: i for i in range(2)}, i)
print({i for i in range(3)} == {0, 1, 2}, i)
print(list(i for i in range(3)), i)


def f():
    total = 0
    vals = [total + n for n in range(3)]
    return vals, total


print(f())


def g():
    n = 'local n'
    res = [n for n in 'xy']
    return res, n


print(g())


def h():
    items = [1, 2, 3]
    return [items.index(v) for v in items]


print(h())
data = [[1, 2], [3]]
print([v for data in data for v in data], data)
print([row for row in [[0]] for row in row])


def uses_unbound():
    result = [w for w in range(2)]
    return w


try:
    uses_unbound()
except NameError as e:
    print('NameError:', e)
try:
    [undefined_comprehension_name for _ in range(1)]
except NameError as e:
    print('NameError:', e)
