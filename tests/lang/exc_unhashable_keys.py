# KeyError/TypeError details for dicts and sets.
d = {'a': 1, 2: 'two', (3, 4): 'tuple', None: 'none', 1.5: 'float'}
for key in ('b', 3, (3, 5), 2.0, False, '', (), 'A'):
    try:
        print(repr(key), d[key])
    except KeyError as e:
        print('KeyError:', e, '| args:', e.args)
for key in ([1], {'x': 1}, {1}):
    try:
        d[key]
    except TypeError as e:
        print('TypeError:', e)
    try:
        key in d
    except TypeError as e:
        print('TypeError (in):', e)
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print('KeyError:', e)
try:
    s.remove((1, 2))
except KeyError as e:
    print('KeyError:', e)
try:
    s.add([])
except TypeError as e:
    print('TypeError:', e)
try:
    {}.pop('x')
except KeyError as e:
    print('KeyError:', e, repr(e))
try:
    raise KeyError('multi\nline')
except KeyError as e:
    print('KeyError:', e)
try:
    raise KeyError("quote's")
except KeyError as e:
    print('KeyError:', e)
