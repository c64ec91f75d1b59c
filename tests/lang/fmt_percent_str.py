# % formatting with %s, %r, %a and %c.
vals = ['', 'abc', 'αβγ', '😀', 'tab\t', "it's", 42, None, [1, 'x'], (1,), 1.5, b'by']
fmts = ['%s', '%r', '%a', '%5s|', '%-5s|', '%.2s', '%7.3r|', '%-8.4a|', '%.0s|', '%05s', '%+s', '% s', '%#s']
for v in vals:
    out = []
    for f in fmts:
        out.append(f % (v,))
    print(ascii(out))
print('%c%c%c%c' % ('a', 98, 0x3b1, '😀'), '%3c|%-3c|' % ('x', 'y'), ascii('%c' % 0), ascii('%c' % 0x10ffff))
print('%s' % 'single', '%s' % ('tuple',), '%s %s' % ('a', 'b'), '%s' % ((1, 2),), '%s' % [3, 4])
print('%s|%s' % (True, False), '%r' % 'q"\'', '%a' % '\u20ac', '%s' % '\udc80' == '\udc80')
print('%(x)s %(x)r %(y)5s|' % {'x': 'é', 'y': 1}, '%%s' % (), 'no args' % (), 'no args' % {})
