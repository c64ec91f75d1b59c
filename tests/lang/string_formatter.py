# string.Formatter: parse(), format() with the str.format rules, and overriding hooks.
import string

f = string.Formatter()
cases = ['', 'abc', 'a{{b', 'a}}b', '{}', '{0}{1}', 'x{0!r:>5}y', '{a.b[0]}', '{:{}}',
         '{0:{1}.{2}}', '}', '{', 'a{', '{0!}', '{0!r', '{0!rx}', '{0:', '{a[}', '{[}]}', 'a{{',
         '{x!s}', '{0[1]', '{{}}', '{!r}', '{0:{1:{2}}}', '{ab{', '{0!:}']
for c in cases:
    try:
        print(repr(c), list(f.parse(c)))
    except ValueError as e:
        print(repr(c), 'ValueError', e)


class O:
    pass


o = O()
o.b = [7, 8]
fc = [('{} {}', (1, 2), {}), ('{0} {0}', ('x',), {}), ('{a.b[1]}', (), {'a': o}),
      ('{:>{}}', ('ab', 6), {}), ('{0:{1}.{2}f}', (3.14159, 8, 2), {}), ('{} {0}', (1,), {}),
      ('{0} {}', (1,), {}), ('{x!r} {x!s} {x!a}', (), {'x': 'é'}), ('{0!z}', (1,), {}),
      ('{5}', (1,), {}), ('{k}', (), {}), ('{0[0]}', ([9],), {}), ('{0.missing}', (1,), {}),
      ('{0:{1:{2}}}', (1, 2, 3), {}), ('{0[a]}', ({'a': 5},), {}), ('{0.}', (1,), {}),
      ('{0[]}', ([1],), {}), ('{0[0]x}', ([1],), {}), ('{a[0]b}', (), {'a': [1]})]
for fmt, a, k in fc:
    try:
        print(repr(fmt), repr(f.format(fmt, *a, **k)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)


class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s?>' % key
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def convert_field(self, value, conversion):
        if conversion == 'd':
            return value * 2
        return super().convert_field(value, conversion)

    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError('unused: %s' % ', '.join(sorted(unused)))


u = Upper()
print(u.format('{name} has {n!d} {what}', name='ann', n=3, what='cats'))
print(u.vformat('{0:>6}|{missing}', ('ab',), {}))
try:
    u.format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print('ValueError', e)
try:
    f.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4)
except ValueError as e:
    print('ValueError', e)
