# operator.itemgetter, attrgetter and methodcaller in sorting and mapping.
from operator import itemgetter, attrgetter, methodcaller

rows = [('ann', 31, 'oslo'), ('bob', 25, 'rome'), ('cid', 31, 'lima'), ('dee', 22, 'oslo')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2, 0)(rows[0]), itemgetter(slice(1, None))(rows[0]))
print(itemgetter('k')({'k': 'v'}), itemgetter(-1)('abc'), max(rows, key=itemgetter(1)))


class Emp:
    def __init__(self, name, dept, boss=None):
        self.name, self.dept, self.boss = name, dept, boss

    def __repr__(self):
        return self.name

    def greet(self, greeting, punct='!'):
        return '%s, %s%s' % (greeting, self.name, punct)


root = Emp('root', 'board')
staff = [Emp('zed', 'eng', root), Emp('amy', 'ops', root), Emp('kim', 'eng', Emp('mid', 'eng', root))]
print(sorted(staff, key=attrgetter('name')), sorted(staff, key=attrgetter('dept', 'name')))
print(list(map(attrgetter('boss.name'), staff)), attrgetter('name', 'dept')(staff[0]))
print(list(map(methodcaller('greet', 'Hi'), staff)), methodcaller('greet', 'Yo', punct='?')(root))
print(list(map(methodcaller('upper'), ['a', 'b'])), methodcaller('split', ',')('a,b,c'))
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')), methodcaller('count', 'a')('banana'))
print(repr(itemgetter(1, 2)), repr(attrgetter('x.y')), repr(methodcaller('m', 1, k=2)))
for label, fn in [('itemgetter index', lambda: itemgetter(5)(rows)),
                  ('itemgetter key', lambda: itemgetter('missing')({})),
                  ('attrgetter', lambda: attrgetter('salary')(root)),
                  ('attrgetter dotted', lambda: attrgetter('boss.boss.name')(root)),
                  ('methodcaller missing', lambda: methodcaller('fly')(root)),
                  ('methodcaller args', lambda: methodcaller('greet')(root)),
                  ('attrgetter type', lambda: attrgetter(5))]:
    try:
        print(label, fn())
    except (IndexError, KeyError, AttributeError, TypeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
