# printf-style % formatting: every conversion type with simple arguments.
print('%s %s %s %s' % ('str', 42, 3.5, None))
print('%r %r %r' % ('str', [1, 'a'], {'k': 'v'}))
print('%a %a' % ('naïve', '€'))
print('%d %i %u' % (42, -7, 3))
print('%d %d %d' % (3.99, -3.99, True))
print('%o %x %X' % (8, 255, 255))
print('%e %E' % (12345.678, 0.000123))
print('%f %F' % (3.14159, 1e10))
print('%g %G %g %g' % (0.0001, 1e-10, 123456789.0, 100.0))
print('%c%c%c %c' % (80, 'y', 33, 0x263A))
print('100%% sure, %d%%' % 50)
print('%s' % 'single', '%s' % ('tuple-wrapped',), '%s' % [1, 2])
print('%s' % ((1, 2),), '%r' % ((1, 2),))
print('no conversions' % ())
print('%s and %s' % ('a', 'b'), '%s-%s-%s' % tuple('xyz'))
print('%x %o %X' % (-255, -8, 3054))
print('%d' % 10 ** 30, '%x' % 2 ** 70)
print('%f %e %g' % (float('inf'), float('-inf'), float('nan')))
print('%s %s' % (b'bytes', bytearray(b'ba')))
print('%.3s|%.0s|%s' % ('truncate', 'gone', ''))


class Obj:
    def __str__(self):
        return 'Obj-str'

    def __repr__(self):
        return 'Obj-repr'

    def __index__(self):
        return 7


print('%s %r %d %x' % (Obj(), Obj(), 5, Obj()))
print('%(a)s' % {'a': Obj()}, '%s' % Obj())
s = 'template %s'
for arg in ['one', 2, 3.0]:
    print(s % arg)
