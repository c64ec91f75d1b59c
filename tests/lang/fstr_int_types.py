# Integer presentation types d, b, o, x, X, c, n, and # alternate forms.
for v in [0, 1, 10, 255, -255, 65535, 2 ** 40]:
    print('{0:d} {0:b} {0:o} {0:x} {0:X} | {0:#b} {0:#o} {0:#x} {0:#X}'.format(v))
print('{:08b} {:#010b} {:#06x} {:+#x} {:-#o} {: #x}'.format(5, 5, 255, 255, -8, 16))
print('{:c}{:c}{:c} {:c} {:c}'.format(72, 105, 33, 0x263A, 8364))
print('{:>5c}|{:*^5c}|'.format(65, 66))
print('{:e} {:.2f} {:%} {:g} {:.3E}'.format(12345, 7, 3, 10 ** 20, -5))
print(format(True, 'd'), format(False, 'b'), format(True, '#x'), format(True), format(False, '>6'))
print(format(-0, 'd'), format(123, 'n'), format(-45, '^+9d'))
print(hex(255), oct(8), bin(5), hex(-1), bin(-6))
print(int('ff', 16), int('0b101', 0), int('0o17', 0), int('-0x1A', 16), int('1_000', 0))
for bad in [('c', -1), ('c', 0x110000), ('.2d', 5), ('s', 5), ('+c', 65), ('z', 5)]:
    try:
        print(format(bad[1], bad[0]))
    except (ValueError, OverflowError) as e:
        print('%r -> %s: %s' % (bad, type(e).__name__, e))
try:
    format(65, ',c')
except ValueError as e:
    print('ValueError:', e)
try:
    '{:#c}'.format(65)
except ValueError as e:
    print('ValueError:', e)
