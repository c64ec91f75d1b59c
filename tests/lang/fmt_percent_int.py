# % formatting of integers.
vals = [0, 1, -1, 42, -42, 255, 2 ** 31, -(2 ** 40), 10 ** 20, True, 3.99, -3.99]
fmts = ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '% 05d', '%.3d', '%8.4d', '%-+8.3d|',
        '%x', '%X', '%o', '%#x', '%#X', '%#o', '%#08x', '%-#8o|', '%.4x', '%#.4x', '%+x', '% o']
for v in vals:
    out = []
    for f in fmts:
        try:
            out.append(f % v)
        except TypeError as e:
            out.append('TypeError')
    print(repr(v), '|'.join(out))
print('%d%%' % 50, '%ld %hd %Ld' % (1, 2, 3), '%d' % 2 ** 100, '%x' % -(2 ** 70), '%o' % 8 ** 10)
print('%*d|%-*d|%*d' % (6, 1, 6, 2, -6, 3), '%.*d' % (5, 42), '%*.*d' % (8, 4, -7))
