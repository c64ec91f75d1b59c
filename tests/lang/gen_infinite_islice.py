# Infinite generators consumed partially with a hand-written islice and takewhile.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def cycle(seq):
    while True:
        yield from seq


print(take(5, naturals()), take(5, naturals(10)))
print(list(islice(fib(), 10, 20)))
print(list(islice(naturals(), 0, 30, 7)))
print(take(15, primes()))
print(take(7, cycle('ab')), take(3, 'xy'))
print(next(x for x in fib() if x > 1000))
big = next(p for p in primes() if p > 10000)
print(big)
squares = (n * n for n in naturals())
print([s for s in islice(squares, 0, 100) if s % 7 == 1][:6])
print(next(squares), next(squares))
f = fib()
print([next(f) for _ in range(5)], next(f), take(2, f))


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
