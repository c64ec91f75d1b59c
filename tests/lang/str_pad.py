# center, ljust, rjust, zfill.
s = 'abc'
print('[' + s.center(9) + ']', '[' + s.center(8) + ']', '[' + s.center(2) + ']')
print('[' + s.center(9, '*') + ']', '[' + 'ab'.center(5, '-') + ']', '[' + 'ab'.center(6, '-') + ']')
print('[' + s.ljust(7) + ']', '[' + s.rjust(7) + ']', '[' + s.ljust(7, '.') + ']', '[' + s.rjust(7, '0') + ']')
print('[' + s.ljust(-1) + ']', '[' + s.rjust(0) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(6), '12345'.zfill(3), ''.zfill(3))
print('-'.zfill(3), '--1'.zfill(5), '3.14'.zfill(8))
for w in range(0, 8):
    print(w, '[' + 'x'.center(w, '.') + ']', '[' + 'xy'.center(w, '.') + ']')
try:
    s.center(10, 'ab')
except TypeError as e:
    print('TypeError:', e)
try:
    s.ljust('5')
except TypeError as e:
    print('TypeError:', e)
