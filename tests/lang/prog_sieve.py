# Sieve of Eratosthenes and prime statistics.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    primes = []
    for n, flag in enumerate(is_prime):
        if flag:
            primes.append(n)
    return primes


primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
print(sum(primes))
gaps = {}
for a, b in zip(primes, primes[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for g in sorted(gaps)[:8]:
    print('gap', g, 'count', gaps[g])
twins = 0
for a, b in zip(primes, primes[1:]):
    if b - a == 2:
        twins += 1
print('twin pairs', twins)
prime_set = set(primes)
goldbach = {}
for even in range(4, 60, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print(goldbach[4], goldbach[28], goldbach[58])


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


for n in (360, 9973, 1001, 2 ** 20 + 1, 600851475143):
    print(n, factorize(n))
