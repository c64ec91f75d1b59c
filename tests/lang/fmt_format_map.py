# str.format_map with dicts and other mappings.
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{x[0]}'.format_map({'x': 'yz'}), 'plain'.format_map({}))
print('{k.real}'.format_map({'k': 3}), '{a:>4}|{b!r}'.format_map({'a': 'x', 'b': 'y'}), '{{a}}'.format_map({}))
m = {'name': 'Ann', 'n': 3}
print('{name} has {n} items'.format_map(m), '{name:*^9}'.format_map(m))
def show(fmt, arg):
    try:
        print(repr(fmt.format_map(arg)))
    except (ValueError, TypeError, KeyError, IndexError) as e:
        print(type(e).__name__ + ':', e)
show('{0}', {})
show('{}', {})
show('{missing}', {'other': 1})
show('{a}', [1])
show('{a}', 'str')
show('{0}', ['x'])
show('{a[0]}', {'a': []})
try:
    'x'.format_map()
except TypeError as e:
    print('TypeError:', e)
try:
    'x'.format_map({}, {})
except TypeError as e:
    print('TypeError:', e)
try:
    'x'.format_map(m={})
except TypeError as e:
    print('TypeError:', e)
