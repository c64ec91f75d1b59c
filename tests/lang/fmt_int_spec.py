# format() of ints with every presentation type and option.
vals = [0, 7, -7, 255, -255, 65536, 10 ** 12, -(10 ** 12), 2 ** 64 + 1]
specs = ['', 'd', '5d', '<5d', '^6d', '=+8d', '08d', '+d', ' d', '-d', ',d', '_d', '_x', '_b', '#x', '#X', '#o', '#b',
         'x', 'X', 'o', 'b', 'n', '010,', '*^11,', '#010x', '+#x', 'e', '.2e', 'f', '.1f', 'g', '%', '.0%', 'E', 'G', '12,.2f']
for v in vals:
    out = []
    for sp in specs:
        out.append(format(v, sp))
    print(v, '|'.join(out))
for v in (0, 65, 955, 128512, 0x10FFFF):
    print(v, ascii(format(v, 'c')), ascii(format(v, '>3c')), ascii(format(v, '*<4c')))
print(format(-0, '+d'), format(0, '-'), format(5, ''), format(-5, ' '), format(1234567, ' ,'), format(-1234, '_'))
print(format(255, '#_x'), format(2 ** 40, '_X'), format(10 ** 20, ','), format(-(2 ** 70), '#o'), format(2 ** 70, 'b')[:20])
print(format(42, '\u00e9>6'), format(42, '😀^7'), format(-42, '0=8'), format(42, '0<6'), format(42, '0^7'))
