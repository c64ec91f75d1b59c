# ord, chr, hex, oct, bin.
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('€'), ord('\U0001F600'))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(8364), chr(0x1F600), repr(chr(0)))
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 40, -(2 ** 40)):
    print(n, hex(n), oct(n), bin(n))
print(int(hex(255), 16), int(oct(8), 8), int(bin(5), 2), int(hex(-255), 0))
print(hex(True), bin(False))
s = ''
for c in range(ord('a'), ord('f')):
    s += chr(c)
print(s)
shifted = ''
for ch in 'Hello':
    shifted += chr(ord(ch) + 1)
print(shifted)
for bad in (lambda: ord(''), lambda: ord('ab'), lambda: ord(65), lambda: chr(-1),
            lambda: chr('a'), lambda: hex(1.5), lambda: oct('8'), lambda: bin(None),
            lambda: chr(1114112)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
