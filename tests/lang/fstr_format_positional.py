# str.format with automatic, numbered and named fields; reuse and mixing rules.
print('{} and {}'.format('a', 'b'))
print('{1} and {0}, then {1} again'.format('a', 'b'))
print('{name} is {age}'.format(name='ann', age=30))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{} {name} {}'.format(1, 2, name='n'))
print('{0} {name} {1}'.format(1, 2, name='n'))
args = ('x', 'y')
kwargs = {'z': 'zed'}
print('{0}-{1}-{z}'.format(*args, **kwargs))
print('{}'.format(''), '[{}]'.format(None))
print('{}'.format([1, 2]), '{}'.format({'a': 1}), '{}'.format((1,)))
print('no fields'.format(1, 2, k=3))
print('{{}} {{{}}}'.format('in braces'))
print('{:}'.format(5), '{0:}'.format('s'))
template = '{greeting}, {who}!'
for g, w in [('hi', 'ann'), ('hello', 'bob')]:
    print(template.format(greeting=g, who=w))
print('{0:>{1}}'.format('r', 4), '{:^{width}}|'.format('c', width=5))
print(str.format('{} via str.format', 'called'))
print('{!r:>8}|{!s:<8}|'.format('a', 'b'))
errors = [
    ('{} {1}', ('a', 'b'), {}),
    ('{0} {}', ('a', 'b'), {}),
    ('{2}', ('a',), {}),
    ('{}', (), {}),
    ('{}{}', ('a',), {}),
    ('{x}', (), {}),
    ('{', (), {}),
    ('}', (), {}),
    ('{0', (1,), {}),
    ('{0]}', (1,), {}),
]
for fmt, a, k in errors:
    try:
        print(repr(fmt.format(*a, **k)))
    except (IndexError, KeyError, ValueError) as e:
        print('%-8r -> %s: %s' % (fmt, type(e).__name__, e))
