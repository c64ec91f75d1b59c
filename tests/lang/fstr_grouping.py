# Thousands separators: ',' and '_' with ints, floats, and binary/hex groupings.
for v in [0, 999, 1000, -1234567, 10 ** 12, 123456789012345678901234567890]:
    print('{0:,} {0:_} {0:>20,}'.format(v))
for v in [1234.5, -9876543.21, 0.001, 1e21]:
    print('{0:,.2f} {0:_.3f} {0:,}'.format(v))
print('{:_b} {:_x} {:_o} {:#_x} {:#_b}'.format(255 ** 3, 255 ** 3, 255 ** 3, 0xDEADBEEF, 1000))
print('{:,d} {:_d}'.format(1000000, 1000000))
print('{:015,} {:015_} {:=15,}'.format(1234567, -1234567, -1234567))
print('{:,.0f} {:,.1%} {:,e}'.format(1234567.891, 12345.678, 1234567.0))
print(f'{1234567:,} {1234567.125:_.2f} {-1000:,}')
print(f'{12345678:>15,d}|{12345678:<15_}|{12345678:^15,}|')
print('{:,g} {:,g}'.format(123456789.0, 1234.5))
for bad in ['{:,x}', '{:,b}', '{:,s}', '{:,_}', '{:_,}', '{:,c}']:
    try:
        print(bad.format(12345))
    except ValueError as e:
        print('%s -> ValueError: %s' % (bad, e))
try:
    format('text', ',')
except ValueError as e:
    print('ValueError:', e)
