# __slots__: fixed attributes, no __dict__, inheritance, AttributeError messages.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
del p.y
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
p.y = 'back'
print(p.y)

class Empty:
    __slots__ = ()

try:
    Empty().anything = 1
except AttributeError as e:
    print('AttributeError:', e)

class P3(P):
    __slots__ = ('z',)

q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, '__dict__'))
try:
    q.w = 4
except AttributeError as e:
    print('AttributeError:', e)

class Loose(P):
    pass

lo = Loose(5, 6)
lo.anything = 'ok'
print(lo.anything, sorted(lo.__dict__))

class WithDict:
    __slots__ = ('a', '__dict__')

wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)

class Unset:
    __slots__ = 'only'

u = Unset()
print(Unset.__slots__, hasattr(u, 'only'))
try:
    print(u.only)
except AttributeError as e:
    print('AttributeError:', e)
try:
    class Conflict:
        __slots__ = ('v',)
        v = 5
except ValueError as e:
    print('ValueError:', e)
