# Invalid format specs for each built-in type, via format(), str.format and f-strings.
cases = [
    (42, 'q'), (42, '.2'), (42, 's'), (42, '10.5x'), (42, '5.5c'),
    (1.5, 'd'), (1.5, 'x'), (1.5, '#x'), (1.5, 'c'), (1.5, 'ff'),
    ('s', 'd'), ('s', 'f'), ('s', '+'), ('s', '#'), ('s', '='), ('s', ',') , ('s', 'z'),
    (True, 'q'), (None, 'd'), (None, '>5'), ([1], '>5'), ((1,), 'd'), ({}, 'x'),
    (42, '<>5'), (42, '1x2'), (42, '.'), (1.5, '.f'), (42, '100000000000000000000'),
]
for value, spec in cases:
    try:
        print('%-8r %-8r ok: %r' % (value, spec, format(value, spec)))
    except (ValueError, TypeError) as e:
        print('%-8r %-8r %s: %s' % (value, spec, type(e).__name__, e))
try:
    print('{:q}'.format(3))
except ValueError as e:
    print('str.format ValueError:', e)
try:
    w = 'bad'
    print(f'{3:{w}}')
except ValueError as e:
    print('f-string ValueError:', e)
try:
    print('{:d}'.format('7'))
except ValueError as e:
    print('ValueError:', e)
try:
    format(1, 1)
except TypeError as e:
    print('TypeError:', e)
