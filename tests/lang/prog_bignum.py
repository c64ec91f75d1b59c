# Big-number factorials, Fibonacci numbers and digit sums.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    s = 0
    for ch in str(n):
        s += int(ch)
    return s


for n in (10, 20, 50, 100):
    f = factorial(n)
    print(n, len(str(f)), digit_sum(f), str(f)[:15])
print(factorial(52))
print(fib(100), fib(200))
print(len(str(fib(1000))), str(fib(1000))[:20])
print(fib(300) % 1000000007)
i = 1
while len(str(fib(i))) < 100:
    i += 1
print('first fib with 100 digits: F(%d)' % i)
print(2 ** 1000 % 10 ** 10, digit_sum(2 ** 1000))
n = factorial(30)
zeros = 0
while n % 10 == 0:
    n //= 10
    zeros += 1
print('trailing zeros of 30!', zeros)
print(factorial(25) // factorial(23), factorial(40) // (factorial(20) * factorial(20)))
a = 3 ** 100
b = 7 ** 60
print(a * b - b * a, a // b, a % b)
print(int('1' * 40) * int('9' * 40))
