# __dict__ and vars() of instances and classes; modifying them directly.
class Item:
    category = 'misc'

    def __init__(self, name, price):
        self.name = name
        self.price = price

    def total(self, qty):
        return self.price * qty


it = Item('pen', 3)
print(it.__dict__, vars(it) is it.__dict__)
it.__dict__['color'] = 'blue'
print(it.color, sorted(vars(it)))
vars(it)['price'] = 5
print(it.total(2))
del it.__dict__['color']
print(hasattr(it, 'color'))
print('category' in Item.__dict__, 'total' in Item.__dict__, 'name' in Item.__dict__)
print(type(Item.__dict__).__name__, Item.__dict__['category'])
print(sorted(k for k in Item.__dict__ if not k.startswith('__')))
try:
    Item.__dict__['category'] = 'x'
except TypeError as e:
    print('TypeError:', e)
it.__dict__.update({'a': 1, 'b': 2})
print(it.a + it.b, list(vars(it)))
it.__dict__ = {'name': 'replaced', 'price': 0}
print(it.name, it.total(9))


def describe(obj):
    return ', '.join('%s=%r' % kv for kv in vars(obj).items())


class Record:
    def __init__(self, **kw):
        self.__dict__.update(kw)


print(describe(Record(x=1, y='two', z=[3])))
r = Record()
print(vars(r))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
try:
    vars(it, it)
except TypeError as e:
    print('TypeError:', e)
try:
    it.__dict__ = ['not', 'a', 'dict']
except TypeError as e:
    print('TypeError:', e)


class Counter:
    pass


c = Counter()
for word in 'a b a c b a'.split():
    vars(c)[word] = getattr(c, word, 0) + 1
print(vars(c))
