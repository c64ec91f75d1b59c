# Properties and inheritance: overriding, extending a parent's property, computed chains.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def size(self):
        return '%dx%d' % (self.w, self.h)
    @size.setter
    def size(self, text):
        w, h = text.split('x')
        self.w, self.h = int(w), int(h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @Rect.size.setter
    def size(self, text):
        w, h = text.split('x')
        if w != h:
            raise ValueError('square must have equal sides, got %s' % text)
        Rect.size.fset(self, text)
    @property
    def area(self):
        return 'square of ' + str(super().area)

r = Rect(2, 3)
r.size = '4x5'
print(r.size, r.area)
s = Square(3)
print(s.size, s.area)
s.size = '6x6'
print(s.size, s.area)
try:
    s.size = '2x3'
except ValueError as e:
    print('ValueError:', e)
print(Rect.size is Square.size, Square.size.fget is Rect.size.fget)

class Base:
    @property
    def name(self):
        return 'base'

class Override(Base):
    name = 'plain attribute now'

class Writable(Base):
    pass

print(Override().name, Writable().name)
try:
    Writable().name = 'x'
except AttributeError as e:
    print('AttributeError:', e)

class Chain:
    def __init__(self, v):
        self._v = v
    @property
    def a(self):
        return self._v + 1
    @property
    def b(self):
        return self.a * 2
    @property
    def c(self):
        return [self.a, self.b, self.b - self.a]

print(Chain(1).c, Chain(10).c)
p = property()
try:
    p.__get__(Chain(1))
except AttributeError as e:
    print('AttributeError:', e)
