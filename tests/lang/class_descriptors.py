# Data and non-data descriptors: __get__/__set__/__delete__ and lookup precedence.
class NonData:
    def __get__(self, obj, objtype=None):
        return 'non-data from %s' % ('class' if obj is None else 'instance')

class Data:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get('_data', 'unset')
    def __set__(self, obj, value):
        print('  Data.__set__', value)
        obj.__dict__['_data'] = value
    def __delete__(self, obj):
        print('  Data.__delete__')
        obj.__dict__.pop('_data', None)

class Host:
    nd = NonData()
    d = Data()

h = Host()
print(h.nd, Host.nd)
h.__dict__['nd'] = 'instance dict wins over non-data'
print(h.nd)
print(h.d)
h.d = 5
h.__dict__['d'] = 'ignored: data descriptor wins'
print(h.d, type(Host.d).__name__)
del h.d
print(h.d)

class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError('%s is not set' % self.name) from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s expects %s' % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value

class Item:
    title = Typed('title', str)
    qty = Typed('qty', int)

it = Item()
it.title = 'lamp'
print(it.title)
try:
    it.qty
except AttributeError as e:
    print('AttributeError:', e)
try:
    it.qty = 1.5
except TypeError as e:
    print('TypeError:', e)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42
    def __set__(self, obj, value):
        raise AttributeError('read-only attribute')

class R:
    answer = ReadOnly()

r = R()
try:
    r.answer = 1
except AttributeError as e:
    print('AttributeError:', e)
print(r.answer, R.answer)
