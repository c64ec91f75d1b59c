# Unpacking generators: starred assignment, *args, building containers, consumption.
def gen(n):
    for i in range(n):
        yield i * i


a, b, c = gen(3)
print(a, b, c)
first, *middle, last = gen(6)
print(first, middle, last)
head, *tail = gen(1)
print(head, tail)
print([*gen(4), *'ab'], (*gen(2),), {*gen(3)} == {0, 1, 4})
print({**dict((str(i), i) for i in range(2))})


def show(*args, **kwargs):
    return 'args=%r kwargs=%r' % (args, kwargs)


print(show(*gen(3)), show(*gen(0)), show(*gen(2), *gen(2)))
print(show(**{k: v for k, v in zip('xy', gen(2))}))
print(max(*gen(5)), min(*gen(3), -1))
g = gen(5)
x, y, *rest = g
print(x, y, rest, list(g))
try:
    p, q = gen(3)
except ValueError as e:
    print('ValueError:', e)
try:
    p, q, r = gen(2)
except ValueError as e:
    print('ValueError:', e)
try:
    p, *q, r = gen(1)
except ValueError as e:
    print('ValueError:', e)
for i, (sq, ch) in enumerate(zip(gen(3), 'xyz')):
    print(i, sq, ch)
matrix = [list(gen(3)) for _ in range(2)]
print(matrix, list(zip(*matrix)))
try:
    show(*5)
except TypeError as e:
    print('TypeError:', e)
