# Subclassing namedtuple classes: methods, properties, __slots__, pickling helpers.
from collections import namedtuple


class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @property
    def swapped(self):
        return self._replace(x=self.y, y=self.x)


v = Vector(3, 4)
print(v, abs(v), v + v, v.swapped, type(v.swapped).__name__, Vector._make([1, 2]))
print(Vector.__mro__[1].__name__, Vector.__mro__[2], Vector._fields)
try:
    v.z = 1
except AttributeError as e:
    print('AttributeError:', e)


class Labeled(namedtuple('Labeled', 'name value')):
    def __repr__(self):
        return '<%s=%r>' % self

    def __new__(cls, name, value=0):
        return super().__new__(cls, name.upper(), value)


lab = Labeled('k')
lab.note = 'instances of subclasses without __slots__ have a __dict__'
print(lab, lab.name, lab.value, lab.note, Labeled('q', 3)._asdict())
Pair = namedtuple('Pair', 'left right')
Tree = namedtuple('Tree', 'value children', defaults=((),))
t = Tree(1, (Tree(2), Tree(3, (Tree(4),))))


def walk(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from walk(child, depth + 1)


print(list(walk(t)), Tree(5))
rows = [Pair('b', 2), Pair('a', 2), Pair('c', 1)]
print(sorted(rows, key=lambda r: (r.right, r.left)), {r.left: r for r in rows}['a'])
print(Pair._make(iter('xy')), Pair('x', [1])._replace(right=None), Pair(1, 2) == Pair(1, 2))
print(dict(Pair(1, 2)._asdict()), list(map(Pair._make, [(1, 2), (3, 4)])))
