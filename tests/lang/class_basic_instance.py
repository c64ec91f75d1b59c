# Class statement, instances, instance attributes and plain methods.
class Point:
    """A point in the plane."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def describe(self):
        return 'Point(%d, %d) norm2=%d' % (self.x, self.y, self.norm2())


p = Point(3, 4)
print(p.x, p.y, p.norm2())
print(p.describe())
q = p.moved(1)
print(q.describe(), p.describe())
q = p.moved(dy=5, dx=-3)
print(q.x, q.y)
print(Point.dims, p.dims, Point.__doc__)
print(Point.__name__, type(p) is Point, isinstance(p, Point))
p.z = 10
print(p.z, sorted(p.__dict__))
p.x += 100
print(p.x, p.describe())
del p.z
print(hasattr(p, 'z'), getattr(p, 'z', 'missing'))
print(Point.norm2(q), Point.describe(Point(0, 0)))


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b, type(e).__name__)
print(Empty.__name__, Empty.__doc__)
pts = [Point(i, i * i) for i in range(4)]
print([pt.norm2() for pt in pts])
print(max(pts, key=Point.norm2).describe())
try:
    p.nonexistent
except AttributeError as exc:
    print('AttributeError:', exc)
try:
    Point(1)
except TypeError as exc:
    print('TypeError:', exc)
