# The format() builtin with various types.
print(format(42), format(42, 'd'), format(42, '>6'), format(42, '<6') + '|')
print(format(-42, '06d'), format(42, '+'), format(42, ' '), format(0, '+'))
print(format(255, 'x'), format(255, '#X'), format(255, 'b'), format(255, 'o'), format(255, 'c'))
print(format(1234567, ','), format(1234567, '_'), format(-1234567, ',d'))
print(format(3.5), format(3.5, '.3f'), format(3.5, '10'), format(3.5, 'e'))
print(format('text'), format('text', '>10'), format('text', '.2'), format('text', '^10') + '|')
print(format(True), format(True, 'd'), format(None), format(None, ''))
print(format([1, 2]), format((1,)), format({'a': 1}))
print(format(2 ** 70, ','), format(-(2 ** 70), 'x'))
print(format(12, '#010b'), format(-12, '#010x'), format(12, '0=10'))
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format([], 'd')
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, '.2d')
except ValueError as e:
    print('ValueError:', e)
try:
    format('x', ',')
except ValueError as e:
    print('ValueError:', e)
