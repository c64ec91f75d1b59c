# Unpacking in calls: multiple * and ** operands, and their errors.
def f(*args, **kwargs):
    return args, kwargs
a = [1, 2]
b = (3,)
c = {'x': 1}
d = {'y': 2}
print(f(*a, *b))
print(f(0, *a, 9, *b, *'hi'))
print(f(**c, **d))
print(f(*a, z=0, **c))
print(f(*range(3), **{}, **dict(k='v')))
print(f(*[], **{}))
def g(a, b, c=0, *, d=0):
    return a, b, c, d
print(g(*[1, 2]), g(*[1], **{'b': 5}), g(1, *(2, 3), **{'d': 4}))
print(max(*[3, 9, 4]), min(*'zebra'), print(*[], sep='-'))
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print('TypeError:', e)
show(lambda: f(**c, **c))
show(lambda: f(**{'x': 1}, x=2))
show(lambda: g(*[1, 2, 3, 4]))
show(lambda: g(1, **{'a': 1, 'b': 2}))
show(lambda: f(**{1: 'non-string key'}))
show(lambda: f(*None))
show(lambda: f(**None))
show(lambda: g(*'ab', **{'e': 1}))
args = ('x', 'y', 'z')
opts = {'sep': ', ', 'end': '.\n'}
print(*args, **opts)
