# Format mini-language: fill characters and alignment (<, >, ^, =) for all types.
for spec in ['10', '<10', '>10', '^10', '*<10', '*>10', '*^10', '-^11', '.^9', '0>6']:
    print('%-5s [%s] [%s]' % (spec, format('text', spec), format(42, spec)))
for spec in ['=10', '0=10', '*=+10', '^+10', '<+10', ' =10']:
    print('%-5s [%s] [%s]' % (spec, format(-42, spec), format(3.5, spec)))
print('[%s]' % format('ab', '^5'), '[%s]' % format('ab', '^6'), '[%s]' % format('abc', '^6'))
print('[{:^7}] [{:^8}]'.format('odd', 'odd'))
print('[{:{}>5}]'.format(1, '{'), f'[{3:{"}"}>5}]')
print(f'[{"x":€^7}] [{"y":☃<4}]')
print(f'[{"toolong":<3}] [{12345:>2}]')
print(f'[{True:>6}] [{None!s:^8}] [{[1, 2]!s:>10}]')
print(f'[{-0.0:>8}] [{float("inf"):*^9}] [{float("nan"):<5}]')
print(f'[{"":*^5}] [{"":5}]')
for bad in ['=10', '=^10']:
    try:
        print(format('string', bad))
    except ValueError as e:
        print('ValueError:', e)
try:
    format(5, '<<<5')
except ValueError as e:
    print('ValueError:', e)
