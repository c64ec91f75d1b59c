# str.format_map with dicts and dict subclasses providing defaults via __missing__.
class Default(dict):
    def __missing__(self, key):
        return '{' + key + '}'


template = 'Dear {title} {name}, your order #{order:05d} ships {when}.'
print(template.format_map({'title': 'Dr', 'name': 'Who', 'order': 42, 'when': 'today'}))
print(template.format_map(Default(name='Ann', order=7)))
print('{a}{b}'.format_map(Default()))


class Upper(dict):
    def __getitem__(self, key):
        return key.upper()


print('{hello} {world}'.format_map(Upper()))
data = {'user': {'name': 'bob', 'tags': ['x', 'y']}}
print('{user[name]} has {user[tags][1]}'.format_map(data))
try:
    '{missing}'.format_map({})
except KeyError as e:
    print('KeyError:', e)
try:
    '{0}'.format_map({'0': 'zero'})
except (ValueError, KeyError, IndexError, TypeError) as e:
    print(type(e).__name__ + ':', e)
try:
    '{}'.format_map({})
except ValueError as e:
    print('ValueError:', e)
try:
    '{x}'.format_map(['not', 'a', 'mapping'])
except TypeError as e:
    print('TypeError:', e)
try:
    '{x}'.format_map()
except TypeError as e:
    print('TypeError:', e)
