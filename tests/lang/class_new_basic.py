# __new__: allocation, singletons, returning other objects, __init__ skipping.
class Tracker:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        obj = super().__new__(cls)
        obj.created = True
        return obj
    def __init__(self, value):
        print('__init__', value)
        self.value = value

t = Tracker(7)
print(t.created, t.value)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.hits = 0
        cls._instance.hits += 1
        return cls._instance

a = Singleton()
b = Singleton()
print(a is b, a.hits)

class Weird:
    def __new__(cls, x):
        if x < 0:
            return 'negative!'
        return super().__new__(cls)
    def __init__(self, x):
        print('Weird.__init__ runs for', x)
        self.x = x

w1 = Weird(3)
w2 = Weird(-1)
print(type(w1).__name__, w1.x, w2)

class Other:
    pass

class Factory:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never printed')

f = Factory()
print(type(f).__name__)

class Interned:
    _pool = {}
    def __new__(cls, key):
        if key not in cls._pool:
            obj = super().__new__(cls)
            obj.key = key
            cls._pool[key] = obj
        return cls._pool[key]

print(Interned('a') is Interned('a'), Interned('a') is Interned('b'), len(Interned._pool))
try:
    object.__new__(1)
except TypeError as e:
    print('TypeError:', e)

class NoArgs:
    pass

try:
    NoArgs(1, 2)
except TypeError as e:
    print('TypeError:', e)
