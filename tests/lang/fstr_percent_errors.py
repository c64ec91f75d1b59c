# Error messages from % formatting: bad types, counts, incomplete specs.
cases = [
    ("'%d' % 'str'", lambda: '%d' % 'str'),
    ("'%f' % 'str'", lambda: '%f' % 'str'),
    ("'%x' % 1.5", lambda: '%x' % 1.5),
    ("'%c' % 'ab'", lambda: '%c' % 'ab'),
    ("'%c' % 1.0", lambda: '%c' % 1.0),
    ("'%c' % -1", lambda: '%c' % -1),
    ("'%s %s' % 1", lambda: '%s %s' % 1),
    ("'hello' % 1", lambda: 'hello' % 1),
    ("'%s' % ()", lambda: '%s' % ()),
    ("'%' % ()", lambda: '%' % ()),
    ("'%z' % 1", lambda: '%z' % 1),
    ("'%(a' % {}", lambda: '%(a' % {'a': 1}),
    ("'%5' % 1", lambda: '%5' % 1),
    ("'%d' % None", lambda: '%d' % None),
    ("'%i' % [1]", lambda: '%i' % [1]),
    ("'%o' % 2.0", lambda: '%o' % 2.0),
    ("'%e' % 'x'", lambda: '%e' % 'x'),
    ("'%s' % {}", lambda: '%s' % {}),
    ("'%d %d' % (1,)", lambda: '%d %d' % (1,)),
    ("5 % 'x'", lambda: 5 % 'x'),
    ("'%.*d' % (1,)", lambda: '%.*d' % (1,)),
]
for label, fn in cases:
    try:
        print('%-20s ok: %r' % (label, fn()))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print('%-20s %s: %s' % (label, type(e).__name__, e))
