# Sign options (+, -, space), widths and zero padding for ints and floats.
for v in [42, -42, 0, 3.5, -3.5, 0.0, -0.0]:
    print('[%s] [%s] [%s] [%s]' % (format(v, '+'), format(v, '-'), format(v, ' '), format(v, '')))
for v in [7, -7, 1234567]:
    print('[{0:5}] [{0:05}] [{0:+05}] [{0: 05}] [{0:<05}] [{0:^+9}]'.format(v))
for v in [2.5, -2.5]:
    print('[{0:8}] [{0:08}] [{0:+08.2f}] [{0: 8.1f}] [{0:08.3e}]'.format(v))
print('[{:z}] [{:z.1f}] [{:+z.2f}] [{:z}]'.format(-0.0, -0.04, -0.001, 0.0))
print(f'[{-1:03}] [{1:+03}] [{-1.5:06.1f}] [{1e10:015,.0f}]')
print(f'[{12:1}] [{12:0}] [{-12:1}]')
print(format(10 ** 25, '+'), format(-(10 ** 25), '030'))
try:
    format('str', '+')
except ValueError as e:
    print('ValueError:', e)
try:
    print('[%s] [%s]' % (format('str', '05'), format('str', '<05')))
    format('str', '=5')
except ValueError as e:
    print('ValueError:', e)
try:
    format(5, 'z')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1, '+ ')
except ValueError as e:
    print('ValueError:', e)
