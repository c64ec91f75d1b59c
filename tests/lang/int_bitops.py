# Bit operations, including on negative numbers.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 0xff, -256 & 0xff, -1 | 0)
print(1 << 10, 1 << 100, 3 << 0)
print(1024 >> 3, 1 >> 1, -1 >> 1, -1024 >> 3, -5 >> 1)
print((2 ** 100) >> 90, (-(2 ** 100)) >> 90)
print(-(2 ** 70) & (2 ** 64 - 1))
print((2 ** 70 + 5) & -8)
print(-(2 ** 65) | 3, -(2 ** 65) ^ -1)
print(~(2 ** 80))
print(0 & -1, 0 | -1, 0 ^ -1)
print(-7 & -3, -7 | -3, -7 ^ -3)
x = 0b1010
x |= 0b0101
print(x)
x &= 0b0110
print(x)
x ^= 0b1111
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
print(True << 3, False | 2)
print(5 & 3 | 8 ^ 1, 1 << 2 + 1, (1 << 2) + 1)
print(255 .bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((12345678901234567890).bit_count(), (-7).bit_count())
for n in (0, 1, -1, 17, -17, 2 ** 64, -(2 ** 64)):
    print(n, n >> 3, n << 3, n & 7, n | 7, n ^ 7, ~n)
