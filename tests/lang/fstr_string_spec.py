# Formatting strings: s type, precision truncation, width with wide/combining chars.
words = ['a', 'abc', 'abcdef', '']
for w in words:
    print('[%s] [%s] [%s] [%s]' % (format(w, '5'), format(w, '.2'), format(w, '>5.3'), format(w, '*^7s')))
print('{:.0}|{:.1}|{:.100}|'.format('xyz', 'xyz', 'xyz'))
print(f'[{"héllo":>8}] [{"日本":^6}] [{"ß":<3}]')
print(format('text'), format('text', ''), format('text', 's'), str.__format__('abc', '>4'))
print('{0:s} {0!r:s}'.format('q'))
long = 'The quick brown fox jumps over the lazy dog'
for width in (10, 20, 50):
    print('|{:{w}.{w}}|'.format(long, w=width))
print('|%-20.10s|%20.5s|' % (long, long))
names = ['Ann', 'Bartholomew', 'Cy']
col = max(map(len, names))
for n in names:
    print(f'{n:.<{col + 3}}{len(n):>3}')
print(f'{"":-^20}')
print('{:-^20}'.format(' TITLE '))
print('{:>{}}'.format('x', 1), '{:3}|'.format('z'))
try:
    format('x', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format('x', '.2f')
except ValueError as e:
    print('ValueError:', e)
