# Nested replacement fields inside format specs: f"{x:{w}.{p}f}" and friends.
x = 3.14159265
for w, p in [(10, 2), (8, 4), (6, 0), (1, 3)]:
    print(f'[{x:{w}.{p}f}]')
fill, align, width = '*', '^', 15
print(f'[{"center":{fill}{align}{width}}]')
print(f'[{"left":{"-"}<{width - 5}}]')
spec = '>+12,.3f'
print(f'[{12345.6789:{spec}}]')
print('[{:{}{}{}.{}f}]'.format(2.5, '_', '>', 10, 3))
print('[{0:{1}}] [{0:{2}}]'.format('ab', '>5', '<5'))
print('[{val:{w}d}] [{val:0{w}x}]'.format(val=255, w=8))
rows = [('apple', 1.5, 10), ('kiwi', 0.25, 200), ('watermelon', 3.0, 7)]
w1 = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f'{name:<{w1}} | {price:>{6}.{2}f} | {qty:>{len(str(max(r[2] for r in rows)))}}')
for base in 'bodxX':
    print(f'{255:#{base}}', end=' ')
print()
prec = 3
print(f'{1 / 3:.{prec}}', f'{1 / 3:.{prec}%}', f'{2 / 3:.{prec}e}')
print(f'{"trunc":.{prec}}', f'{12:{"^"}{9}}|')
try:
    f'{x:{"bad spec"}}'
except ValueError as e:
    print('ValueError:', e)
try:
    '{:{}}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{:{:{}}}'.format(1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
