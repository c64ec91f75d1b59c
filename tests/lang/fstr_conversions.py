# Conversions !r, !s and !a in f-strings and str.format; repr vs str of values.
s = 'héllo\n"world"'
print(f'{s}')
print(f'{s!r}')
print(f'{s!s}')
print(f'{s!a}')
print('{0!r} {0!s} {0!a}'.format('naïve ☃'))
print(f'{3!r} {3.5!r} {None!r} {[1, "a"]!r} {b"x"!r}')
print(f'{"tab\there"!r}', f'{"quote'"!r}', f'{"both \' and \""!r}')
print(ascii('ümlaut'), ascii(['ß', 'e']), repr('\x00\x7f'), ascii('\u20ac\U0001f600'))


class Thing:
    def __str__(self):
        return 'str-of-thing'

    def __repr__(self):
        return 'Thing()'

    def __format__(self, spec):
        return 'format-of-thing[%s]' % spec


t = Thing()
print(f'{t} {t!s} {t!r} {t!a} {t:spec} {t!r:>10} {t!s:*^16}')
print('{} {!r} {!s:>14} {:xyz}'.format(t, t, t, t))
print(f'{s!r:.6}', f'{"abc"!r:>8}|', f'{42!s:0>5}')
try:
    eval('f"{1!x}"')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    '{!x}'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    '{!}'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    '{0!rs}'.format(1)
except ValueError as e:
    print('ValueError:', e)
