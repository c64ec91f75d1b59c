# __format__ on user classes: format(), f-strings and str.format with custom specs.
class Money:
    def __init__(self, cents, cur='EUR'):
        self.cents = cents
        self.cur = cur

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == 'code':
            return '%s %.2f' % (self.cur, amount)
        if spec.endswith('!'):
            return format(amount, spec[:-1]) + '!!'
        return format(amount, spec or '.2f')

    def __str__(self):
        return 'Money(%d %s)' % (self.cents, self.cur)


m = Money(123456)
print(format(m), format(m, 'code'), format(m, ',.2f'), format(m, '>12.1f!'))
print(f'{m} | {m:code} | {m:_.0f} | {m!s} | {m!r:.10}')
print('{0} {0:code} {1:>10}'.format(m, Money(5)))
w = 14
print(f'[{m:>{w},.2f}]')


class Plain:
    def __str__(self):
        return 'plain-str'


print(format(Plain()), f'{Plain()}', '{}'.format(Plain()), f'{Plain()!s:>12}|')
try:
    format(Plain(), '>10')
except TypeError as e:
    print('TypeError:', e)


class BadFormat:
    def __format__(self, spec):
        return 7


try:
    f'{BadFormat()}'
except TypeError as e:
    print('TypeError:', e)


class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ('C', 'F') else 'C'
        num = spec[:-1] if spec[-1:] in ('C', 'F') else spec
        val = self.c if unit == 'C' else self.c * 9 / 5 + 32
        return format(val, num or 'g') + '°' + unit


t = Temp(21.5)
print(f'{t} {t:C} {t:F} {t:.3fF} {t:6.1C}')
try:
    f'{t:zzC}'
except ValueError as e:
    print('ValueError:', e)
