# gcd and lcm of any number of ints.
import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(7))
print(math.gcd(), math.gcd(-7), math.gcd(12, 18, 30), math.gcd(2 ** 100, 2 ** 60 * 3))
print(math.gcd(10 ** 40 + 10 ** 20, 10 ** 30), math.gcd(True, 4), math.gcd(17, 31))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(7), math.lcm(-7))
print(math.lcm(2, 3, 4, 5, 6), math.lcm(2 ** 70, 3 ** 40) == 2 ** 70 * 3 ** 40, math.lcm(3, 0, 5))
nums = [120, 84, 36, 300]
g = nums[0]
l = nums[0]
for x in nums[1:]:
    g = math.gcd(g, x)
    l = math.lcm(l, x)
print(g, l, math.gcd(*nums), math.lcm(*nums))
for args in [(1.5, 2), (2, '4'), (None,), (3, 4.0)]:
    for f in [math.gcd, math.lcm]:
        try:
            print(f(*args))
        except TypeError as e:
            print('TypeError:', e)
print(math.gcd(2 ** 200 - 1, 2 ** 100 - 1) == 2 ** 100 - 1)
print(math.lcm(10 ** 20, 10 ** 25), type(math.gcd(4, 6)).__name__)
