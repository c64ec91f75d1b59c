# printf-style % formatting: all conversions and flags.
print('%s %s %s' % ('a', 1, [1, 2]))
print('%r %r' % ('a', 1.5))
print('%d %i %u' % (42, -7, 3))
print('%5d|%-5d|%05d|%+d|% d|%+05d' % (42, 42, 42, 42, 42, -42))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
print('%e %E %.2e %10.3E' % (12345.678, 0.000123, 1.5, -2.0))
print('%f %.0f %.3f %10.2f %-10.2f|' % (3.14159, 2.5, 1.0 / 3, -1.5, 1.5))
print('%g %g %g %G %.3g %#g' % (0.0001, 0.00001, 1e20, 1e-20, 3.14159, 1.0))
print('%c%c%c' % ('a', 98, 0x263A))
print('%%' % (), '100%%' % ())
print('%s' % 'single', '%s' % ('tuple',), '%s' % [1, 2], '%s' % ((1, 2),))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%(x)s %(x)r' % {'x': 'q'})
print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 2, 3.14159))
print('%.3s|%10.2s|%-6s|' % ('abcdef', 'xyz', 'ab'))
print('%d' % 3.99, '%d' % True, '%x' % -255, '%o' % -8)
print('%s' % None, '%r' % None, '%a' % 'é')
print('%10r|' % 'hi', '%-10r|' % 'hi')
print('%d %d' % (10 ** 20, -(10 ** 20)))
print('%.2f%%' % 12.345)
print('%s and %s' % ('x', 'y'))
print('% 5.1f|%+.1e' % (2.25, 12345))
for fmt, args in (('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%(k)s', 1),
                  ('%c', 'ab'), ('%x', 1.5), ('%(a)s', {})):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
