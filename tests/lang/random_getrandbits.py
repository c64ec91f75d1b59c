# getrandbits(k): k random bits for any k, from 32-bit words.
import random

random.seed(314)
print([random.getrandbits(k) for k in range(0, 40)])
print(random.getrandbits(64), random.getrandbits(65), random.getrandbits(96))
big = random.getrandbits(1000)
print(big.bit_length() <= 1000, big % 1000000007, big >> 990)
huge = random.getrandbits(100000)
print(huge.bit_length() <= 100000, huge % 998244353)

# Words are taken least significant first: two 32-bit draws make one
# 64-bit draw.
random.seed(1)
lo = random.getrandbits(32)
hi = random.getrandbits(32)
random.seed(1)
print(random.getrandbits(64) == (hi << 32) | lo)

# A short draw keeps the top bits of a word.
random.seed(1)
w = random.getrandbits(32)
random.seed(1)
print(random.getrandbits(5) == w >> 27)

random.seed(99)
print(random.randbytes(0), random.randbytes(1), random.randbytes(9))
print(random.getrandbits(True), random.getrandbits(False))

for arg in [-1, 1.5, '8', None, 2**31, 2**100]:
    try:
        print(arg, random.getrandbits(arg))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(arg)[:12], type(e).__name__ + ':', e)
try:
    random.getrandbits()
except TypeError as e:
    print('TypeError:', e)
try:
    random.getrandbits(k=3)
except TypeError as e:
    print('TypeError:', e)
