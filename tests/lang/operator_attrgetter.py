# operator.attrgetter: dotted paths, several names, repr, errors from the lookups.
from operator import attrgetter


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    @property
    def upper(self):
        return self.name.upper()

    def __getattr__(self, attr):
        if attr.startswith('dyn_'):
            return attr[4:]
        raise AttributeError('Node has no %r' % attr)


tree = Node('root', Node('mid', Node('leaf')))
print(attrgetter('name')(tree), attrgetter('child.name')(tree), attrgetter('child.child.upper')(tree))
print(attrgetter('name', 'child.name', 'dyn_x')(tree), attrgetter('real', 'imag')(5))
print(repr(attrgetter('name')), repr(attrgetter('a.b', 'c')), repr(attrgetter('a..b')))
print(type(attrgetter('x')).__name__, attrgetter('__class__.__name__')(3.5), attrgetter('dyn_q.upper')(tree)())
people = [Node('zed'), Node('amy'), Node('kim')]
print([p.name for p in sorted(people, key=attrgetter('name'))], max(map(attrgetter('upper'), people)))
get = attrgetter('child.child.child.name')
for obj in [tree, Node('x')]:
    try:
        print(get(obj))
    except AttributeError as e:
        print('AttributeError:', e)
for bad in [lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter('a', None), lambda: attrgetter('a', b=1),
            lambda: attrgetter('a')(), lambda: attrgetter('a')(1, 2), lambda: attrgetter('real')(x=1),
            lambda: attrgetter('foo')(3), lambda: attrgetter('real.foo')(3), lambda: attrgetter('')(3),
            lambda: attrgetter('a..b')(tree), lambda: attrgetter('name', 'nope')(tree)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
