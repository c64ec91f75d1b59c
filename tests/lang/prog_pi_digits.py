# Digits of pi and e with big-integer arithmetic (Machin's formula), integer sqrt.
def arctan_inv(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)


def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = term = unity
    k = 1
    while term:
        term //= k
        total += term
        k += 1
    return str(total // 10 ** 10)


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


p = pi_digits(300)
print(p[0] + '.' + p[1:61])
print(p[-20:], len(p))
e = e_digits(200)
print(e[0] + '.' + e[1:61])
r2 = isqrt(2 * 10 ** 200)
print(str(r2)[:1] + '.' + str(r2)[1:61])
print(isqrt(10 ** 40), isqrt(99), isqrt(100), isqrt(2 ** 127 - 1))
counts = [0] * 10
for ch in p[1:]:
    counts[int(ch)] += 1
print(counts, sum(counts))
