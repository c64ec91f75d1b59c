# property with getter, setter and deleter; validation; read-only properties.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero: %r' % value)
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('  deleting celsius')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print('AttributeError:', e)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError:', e)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fset is None)

class Old:
    def get_x(self):
        return self._x * 2
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, 'the x property')

o = Old()
o.x = 21
print(o.x, Old.x.__doc__, o._x)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def data(self):
        if not hasattr(self, '_data'):
            self.computed += 1
            self._data = [1, 2, 3]
        return self._data

lz = Lazy()
print(lz.data, lz.data, lz.computed)
lz.data.append(4)
print(lz.data)

class Child(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return 'child sees %s' % self._c

print(Child(5).celsius)
