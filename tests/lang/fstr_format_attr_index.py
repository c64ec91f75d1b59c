# str.format field names with attribute access and indexing ({0.attr}, {0[key]}).
class User:
    def __init__(self, name, roles):
        self.name = name
        self.roles = roles
        self.profile = {'city': 'Oslo', 'langs': ['py', 'c']}


u = User('ann', ['admin', 'dev'])
print('{0.name} has roles {0.roles}'.format(u))
print('{user.name}: first role {user.roles[0]}, last {user.roles[1]}'.format(user=u))
print('{0.profile[city]} / {0.profile[langs][1]}'.format(u))
print('{0[0]}{0[1]}{0[2]}'.format('abc'))
print('{data[key]} {data[2]} {data[x y]}'.format(data={'key': 'K', 2: 'int key', 'x y': 'space'}))
print('{0[2]}'.format({'2': 'string key', 2: 'int key'}))
print('{0.real} {0.imag} {1.__name__}'.format(5, str))
print('{p[0]:>5}|{p[1]:<5}|'.format(p=(1, 2)))
print('{0.name!r:>8} {0.roles!s}'.format(u))
print('{.name}'.format(u), '{[1]}'.format([10, 20]))
print('{0.__class__.__name__}'.format(u))
for fmt, arg in [('{0.missing}', u), ('{0[5]}', [1]), ('{0[nokey]}', {}),
                 ('{0[-1]}', [1, 2]), ('{0.name.x}', u), ('{0[0}', 'x'), ('{0..name}', u)]:
    try:
        print(fmt, '->', fmt.format(arg))
    except (AttributeError, IndexError, KeyError, TypeError, ValueError) as e:
        print(fmt, '->', type(e).__name__ + ':', e)
