# % formatting flags: width, precision, '-', '+', ' ', '0', '#', and '*' widths.
for fmt in ['%5d', '%-5d', '%05d', '%+d', '% d', '%+05d', '%-+5d', '% 5d', '%.3d', '%8.3d', '%-08d']:
    print('%-7s [%s] [%s]' % (fmt, fmt % 42, fmt % -42))
for fmt in ['%10.3f', '%-10.2f', '%010.2f', '%+.1f', '% .0f', '%#.0f', '%.0f', '%12.4e', '%#g', '%-10g|']:
    print('%-8s [%s]' % (fmt, fmt % 3.14159))
for fmt in ['%#o', '%#x', '%#X', '%#8x', '%#08x', '%-#8o', '%+#x']:
    print('%-6s [%s] [%s]' % (fmt, fmt % 255, fmt % -255))
print('[%*d] [%-*d] [%.*f] [%*.*f]' % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))
print('[%10s] [%-10s] [%.2s] [%10.2s] [%-10r]' % ('right', 'left', 'trunc', 'trunc', 'r'))
print('[%5s] [%-5s] [%05s]' % ('toolongvalue', 'x', 'ab'))
print('[%c] [%3c] [%-3c]' % ('a', 'b', 'c'))
print('[%+s] [% s] [%#s]' % ('a', 'b', 'c'))
print('[%.0e] [%#.0e] [%.10g] [%.1g]' % (12345.0, 12345.0, 1 / 3, 0.05))
print('[%x] [%5.3x] [%-6X|]' % (3, 10, 171))
print('[%*s]' % (-6, 'neg'), '[%.*s]' % (-1, 'neg precision'))
print('%.2f%%' % 99.5, '%5.1f%%' % 7.25, '%+.1e' % -0.0)
try:
    '[%5%]' % ()
except TypeError as e:
    print('TypeError:', e)
try:
    '%*d' % ('x', 5)
except TypeError as e:
    print('TypeError:', e)
try:
    '%.*f' % (1.5, 2.0)
except TypeError as e:
    print('TypeError:', e)
