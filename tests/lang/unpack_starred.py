# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (5, 6)
print(everything)
[x, *ys] = 'q'
print(x, ys)
head, *tail = 'hello world'.split()
print(head, tail)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for k, *vals in [(1, 2, 3), (4,), (5, 6)]:
    print(k, vals)
print(*[1, 2], *'ab', *range(2))
t = (*range(3), *[9])
print(t)
l = [*'xy', *(1,)]
print(l)
s = {*[1, 2], *[2, 3]}
print(s)
def f(*args):
    return args
print(f(*[1, 2], 3, *(4, 5)))
