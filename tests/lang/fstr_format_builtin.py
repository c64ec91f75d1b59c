# The format() builtin and default __format__ behaviour of common types.
print(format(12), format(1.5), format('s'), format(None), format(True), format([1]))
print(format(3.0, ''), format(3.0), str(3.0), format(1e22), format(1.0e-7))
print(format(255, 'x'), format(255, '#010b'), format(0.25, '%'), format(7, '*^9'))
print(format(123.456, '.1f'), format(123.456, '.1e'), format(123.456, '.1g'), format(123.456, '.4g'))
print(format([1, 2]), format((1, 'a')), format({'k': 1}), format(range(3)))
print(format(b'bytes'), format(print)[:18])
print(int.__format__(5, '03'), float.__format__(2.5, '.2f'), str.__format__('a', '^3'))
o = object()
print(format(o, '') == str(o) or 'differs')


class Custom:
    def __format__(self, spec):
        return 'Custom(%r)' % spec


print(format(Custom()), format(Custom(), 'abc'), '{:xyz}'.format(Custom()), f'{Custom():{1}{2}}')


class NoFormat:
    def __str__(self):
        return 'nf'


print(format(NoFormat()), format(NoFormat(), ''))
for value, spec in [(NoFormat(), 's'), ([1], 's'), (None, ' '), ((), '>3')]:
    try:
        print(format(value, spec))
    except TypeError as e:
        print('TypeError:', e)
try:
    format()
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, 'd', 'extra')
except TypeError as e:
    print('TypeError:', e)
