# str/repr of integers and conversion functions hex/oct/bin.
for n in (0, 1, -1, 9, 10, 255, -255, 65535, 2 ** 31, -(2 ** 31), 2 ** 63 - 1):
    print(n, str(n), repr(n), hex(n), oct(n), bin(n))
print(str(10 ** 40), repr(-10 ** 40))
print(str(123456789 ** 5))
print(hex(-(2 ** 70)), oct(-(8 ** 30)), bin(-(2 ** 70)))
big = 1
for i in range(60):
    big = big * 10 + (i % 10)
print(big)
print(len(str(big)))
print(str(-big)[:5])
print(len(str(7 ** 2000)), str(7 ** 2000)[-10:])
print(int(str(3 ** 500)) == 3 ** 500)
def to_base(n, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = ''
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return sign + out
for n in (0, 5, -5, 255, 2 ** 64, -(3 ** 40)):
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 36))
    print(int(to_base(n, 36), 36) == n, int(to_base(n, 2), 2) == n)
print(repr(12), repr(-0), str(+7), str(0b101), str(0o17), str(0xabc))
