# % formatting with tuples and mapping (dict) arguments.
point = (3, 4)
print('x=%d y=%d' % point)
print('%s' % (point,), '%r' % (point,))
print('%d/%d = %.2f' % (7, 3, 7 / 3))
row = ('widget', 3, 4.5)
print('%-10s x%3d @ %6.2f = %7.2f' % (row + (row[1] * row[2],)))
person = {'name': 'Ann', 'age': 31, 'city': 'Oslo'}
print('%(name)s is %(age)d and lives in %(city)s' % person)
print('%(name)-6s|%(age)05d|%(city)r' % person)
print('%(age)s %(age)d %(age)x %(age)o %(age).1f' % person)
print('%(name)s %(name)s' % person, '%%(name)s is literal' % {})
print('%(a)s' % {'a': 1, 'unused': 2}, '%()s' % {'': 'empty key'})
print('%(1)s %(x y)s' % {'1': 'digit key', 'x y': 'space key'})


class Lazy(dict):
    def __missing__(self, key):
        return '<%s>' % key


print('%(known)s %(unknown)s' % Lazy(known='K'))
print('%s' % {'dict': 'as single arg'})
print('%s %s' % ([1], [2]), '%s' % [(1, 2)])
vals = [(1, 'one'), (22, 'twenty-two'), (333, 'three hundred thirty-three')]
for n, w in vals:
    print('%5d | %-28s|' % (n, w))
cases = [
    ('%s %s', ('only one',)),
    ('%s', ('a', 'b')),
    ('%d', ('x',)),
    ('%(k)s', ('not a dict',)),
    ('%(k)s', {'other': 1}),
    ('%(k)s %s', {'k': 1}),
    ('%s %(k)s', ('a',)),
    ('%d', ([1],)),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, KeyError, ValueError) as e:
        print('%-10r -> %s: %s' % (fmt, type(e).__name__, e))
