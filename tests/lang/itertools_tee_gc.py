# Long-lived itertools state under garbage collection: tee blocks, cycle's saved items,
# groupby's held item, combinatoric index arrays, with many objects allocated in between.
from itertools import tee, cycle, groupby, islice, permutations, product, count, accumulate


class Box:
    def __init__(self, v):
        self.v = v


def boxes(n):
    for i in range(n):
        yield Box(i)


lead, lag = tee(boxes(5000))
total = 0
for i, b in enumerate(lead):
    total += b.v
    if i % 500 == 0:
        junk = [[Box(j)] for j in range(200)]
print(total, sum(b.v for b in lag))
cy = cycle(boxes(50))
seen = [next(cy).v for _ in range(120)]
junk = [str(i) * 3 for i in range(20000)]
print(seen[49], seen[50], seen[119], next(cy).v)
groups = groupby(boxes(3000), key=lambda b: b.v // 1000)
k, g = next(groups)
first = next(g)
junk = [Box(i) for i in range(20000)]
print(k, first.v, sum(1 for _ in g), [(k, sum(b.v for b in g)) for k, g in groups])
perm = permutations([Box(i) for i in range(6)])
for _ in range(300):
    p = next(perm)
    junk = [Box(i) for i in range(50)]
print([b.v for b in p])
prod = product([Box(i) for i in range(4)], repeat=3)
for _ in range(40):
    p = next(prod)
    junk = (Box(i) for i in range(100))
print([b.v for b in p])
running = accumulate(islice(count(2**60), 10000))
last = None
for last in running:
    pass
print(last)
