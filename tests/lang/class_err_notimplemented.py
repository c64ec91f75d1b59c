# Abstract-like base methods raising NotImplementedError, caught and uncaught.
class Shape:
    def area(self):
        raise NotImplementedError('%s must implement area()' % type(self).__name__)

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return '%s: area=%s' % (type(self).__name__, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Circle(Shape):
    def __init__(self, r):
        self.r = r


class Blob(Circle):
    def area(self):
        return super().area()


print(Rect(2, 3).describe(), Rect(2, 3).perimeter())
for s in [Circle(1), Blob(2)]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print('NotImplementedError:', e, e.args)
try:
    Circle(1).perimeter()
except NotImplementedError as e:
    print('bare NotImplementedError:', repr(e), str(e) == '')
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
print(repr(NotImplemented), type(NotImplemented).__name__)


def total_area(shapes):
    return sum(s.area() for s in shapes)


print(total_area([Rect(1, 1), Rect(2, 2)]))
print(total_area([Rect(1, 1), Blob(3)]))
