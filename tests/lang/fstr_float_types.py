# Float presentation types f, F, e, E, g, G, n, %, and the default, with precisions.
values = [0.0, 1.0, -2.5, 3.14159265358979, 1234567.891, 0.000012345, 1e100, 2.5e-300]
for v in values:
    print('%-22r f=%s e=%s g=%s default=%s' % (v, format(v, '.3f'), format(v, '.3e'),
                                              format(v, '.3g'), format(v, '')))
for spec in ['f', 'F', 'e', 'E', 'g', 'G', '%', '.0f', '.0e', '.0g', '.0%', '.1g', '.10g', '.20f']:
    print('%-4s %s %s' % (spec, format(2 / 3, spec), format(12345.6789, spec)))
for v in [float('inf'), float('-inf'), float('nan')]:
    print(format(v, 'f'), format(v, 'F'), format(v, 'e'), format(v, 'E'), format(v, 'g'),
          format(v, 'G'), format(v, '%'), format(v, '+.2f'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(2.675, '.2f'))
print(format(1e16, 'g'), format(1e15, 'g'), format(123456789, 'g'), format(0.0001, 'g'), format(0.00001, 'g'))
print(format(1e16, ''), format(1e15, ''), format(1.0, 'g'), format(100.0, '.2g'), format(100.0, '#.2g'))
print('{:#.0f} {:#.0e} {:#g} {:#.3g}'.format(3.0, 3.0, 3.0, 3.0))
print(format(10, 'f'), format(10, 'e'), format(10, 'g'), format(10, '%'), format(True, '.1f'))
print('{:.3}'.format(3.14159), '{:.3}'.format(31415.9), '{:10.3}|'.format(0.000314159))
for bad in ['.2d', 'x', 'c', 's', 'b', '.-1f']:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print('%s -> ValueError: %s' % (bad, e))
