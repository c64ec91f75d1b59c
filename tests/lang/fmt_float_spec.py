# format() of floats.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e-7, 1.5e-5, 123456.789, 1e16, 1e22, -2.5e-300, 0.5, 2.5, 1.0 / 3]
specs = ['', 'e', 'E', '.2e', '.0e', '#.0e', 'f', 'F', '.0f', '#.0f', '.3f', 'g', 'G', '.3g', '#g', '.0g', '%', '.1%',
         'n', '10.2f', '<10.2f', '^+12.3e', '=010.1f', '+', ' .2f', ',.2f', '_.3f', 'z.1f', 'z', '.10g', '.17g']
for v in vals:
    out = []
    for sp in specs:
        out.append(format(v, sp))
    print(repr(v), '|'.join(out))
for v in (float('inf'), float('-inf'), float('nan')):
    print(format(v, ''), format(v, 'f'), format(v, 'E'), format(v, '+g'), format(v, '08.2f'), format(v, '%'), format(v, '^9'))
print(format(-0.0001, 'z.2f'), format(-0.0, 'z'), format(-0.0, 'z.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
print(format(1e100, '.3g'), format(1.23e-10, 'g'), format(9.9999, '.3g'), format(99999.5, '.6g'), format(12345678.9, ',.1f'))
print(format(3, '.2f'), format(True, '.1f'), format(2 ** 60, 'e'), format(-7, '%'), format(10 ** 15, 'g'))
