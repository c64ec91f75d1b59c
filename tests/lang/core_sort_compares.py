# list.sort is CPython's timsort: the same __lt__ calls, in the same order,
# for many input shapes and sizes (a hash of the call sequence per size).
log = []


class K:
    __slots__ = ('v', 'i')

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, o):
        log.append((self.i, o.i))
        return self.v < o.v


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 8


def shapes(n, seed):
    g = lcg(seed)
    r = [next(g) for _ in range(n)]
    yield 'random', r
    yield 'sorted', sorted(r)
    yield 'reversed', sorted(r, reverse=True)
    yield 'dups', [x % 4 for x in r]
    yield 'saw', [i % 17 for i in range(n)]
    yield 'runs', [(i // 37) * 100 - (i % 37) for i in range(n)]
    yield 'almost', sorted(r)[:n - 3] + r[:3]
    yield 'pipe', list(range(n // 2)) + list(range(n // 2, 0, -1))


def run(n, detail):
    count = h = 0
    for name, data in shapes(n, n + 1):
        for rev in (False, True):
            log.clear()
            ks = [K(v, i) for i, v in enumerate(data)]
            ks.sort(reverse=rev)
            for a, b in log:
                h = (h * 1000003 + a * 7919 + b) % (1 << 61)
            for k in ks:
                h = (h * 31 + k.i) % (1 << 61)
            count += len(log)
            if detail:
                print(n, name, rev, len(log), log[:6], log[-3:])
    print(n, count, h)


for n in range(0, 9):
    run(n, n in (3, 8))
for n in list(range(9, 70, 3)) + [64, 65, 100, 127, 128, 129, 255, 256, 300]:
    run(n, False)
run(4000, True)
