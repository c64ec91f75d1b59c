# Incremental prime sieve and other number-theory generators.
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def take(n, it):
    return [x for _, x in zip(range(n), it)]


print(take(25, primes()))
g = primes()
nth = 0
for i in range(1000):
    nth = next(g)
print('1000th prime:', nth)


def factors(n):
    if n < 1:
        raise ValueError('factors() needs a positive integer, got %r' % n)
    p = 2
    while p * p <= n:
        while n % p == 0:
            yield p
            n //= p
        p += 1
    if n > 1:
        yield n


for n in [1, 2, 12, 97, 360, 2 ** 10 - 1, 600851475143]:
    print(n, list(factors(n)))


def perfect_numbers(limit):
    for n in range(2, limit):
        if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n:
            yield n


print(list(perfect_numbers(1000)))


def twin_primes():
    prev = None
    for p in primes():
        if prev is not None and p - prev == 2:
            yield (prev, p)
        prev = p


print(take(8, twin_primes()))
try:
    list(factors(0))
except ValueError as e:
    print('ValueError:', e)
