# iter, next, the two-argument sentinel form.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
it2 = iter('ab')
print(list(it2), list(it2))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
t = iter((5,))
print(iter(t) is t)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ['first', 'second', '', 'never']
pos = [0]
def read_line():
    v = lines[pos[0]]
    pos[0] += 1
    return v
for line in iter(read_line, ''):
    print('line:', line)
r = iter(range(3))
total = 0
while True:
    try:
        total += next(r)
    except StopIteration:
        break
print(total)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5, 0)
except TypeError as e:
    print('TypeError:', e)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)
