# factorial: exact big ints and its errors.
import math
for n in range(0, 26):
    print(n, math.factorial(n))
f100 = math.factorial(100)
print(f100)
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
print(math.factorial(3000) // math.factorial(2998))
print(math.factorial(True), math.factorial(False))
s = str(math.factorial(1400))
print(len(s), s[:20], s.count('0'))
for bad in [-1, -10 ** 30, 5.0, 5.5, '5', None, 10 ** 30]:
    try:
        print(math.factorial(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
try:
    math.factorial()
except TypeError as e:
    print('TypeError:', e)
total = 0
for k in range(50):
    total += math.factorial(k)
print(total)
print(math.factorial(20) == 2432902008176640000, math.factorial(21) > 2 ** 63)
