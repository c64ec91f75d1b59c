# super() in __init__, regular methods, classmethods and properties.
class Shape:
    def __init__(self, name):
        self.name = name
        self.log = ['Shape.__init__']
    def area(self):
        return 0
    def info(self):
        return '%s area=%s' % (self.name, self.area())
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        obj.log.append('created by ' + cls.__name__)
        return obj

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
        self.log.append('Rect.__init__')
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = 'square'
        self.log.append('Square.__init__')
    def info(self):
        return 'SQUARE ' + super().info()
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.log.append('Square.create')
        return obj

s = Square.create(3)
print(s.info())
print(s.log)
r = Rect(2, 5)
print(r.info(), r.log)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c

class LoudTemp(Temp):
    @property
    def celsius(self):
        return 'it is %d degrees' % super().celsius

print(LoudTemp().celsius)

class Node:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return 'Node(%r)' % (self.value,)

class Tagged(Node):
    def __repr__(self):
        return 'Tagged<' + super().__repr__() + '>'

print(Tagged(5), [Tagged('x')])

def outside():
    return super().__init__()

try:
    outside()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    super(Square, Rect(1, 1))
except TypeError as e:
    print('TypeError:', e)
