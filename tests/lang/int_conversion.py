# int() conversions from strings, floats and with bases.
print(int(), int(0), int('42'), int('-42'), int('  17  '), int('+5'))
print(int('1_000'), int('0'), int('-0'), int('00012'))
print(int(3.99), int(-3.99), int(1e20), int(-0.5))
print(int(True), int(False))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('0o17', 8))
print(int('1010', 2), int('0b1010', 0), int('0b1010', 2))
print(int('z', 36), int('ZZ', 36), int('10', 36))
print(int('12', 3), int('-12', 3), int(' 101 ', 2))
print(int('123', 0), int('0', 0), int('-0x1F', 0))
print(int('99999999999999999999999999999999'))
print(int('-1_2_3'))
print(int(2.5e15), int(1.5e300) > 10 ** 299)
print(int('\t\n 7 \n'))
tests = ['x', '', ' ', '1.5', '1__0', '_1', '1_', '0x', '12a', '++1', '1 2', '0b2']
for s in tests:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError:', e)
for s, base in (('9', 8), ('g', 16), ('0x10', 10), ('012', 0), ('2', 2)):
    try:
        print(int(s, base))
    except ValueError as e:
        print('ValueError:', e)
for bad in (1, 37, -1):
    try:
        int('1', bad)
    except ValueError as e:
        print('ValueError:', e)
for v in (float('inf'), float('-inf'), float('nan')):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    int(5, 10)
except TypeError as e:
    print('TypeError:', e)
