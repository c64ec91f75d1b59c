# Metaclass __call__: controlling instance creation (singletons, caching, counting).
class SingletonMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None
    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            print('creating', cls.__name__, args)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance

class Settings(metaclass=SingletonMeta):
    def __init__(self, env='dev'):
        self.env = env

a = Settings('prod')
b = Settings('test')
print(a is b, a.env, b.env)

class Other(metaclass=SingletonMeta):
    pass

print(Other() is Other(), Other() is a)

class Traced(type):
    def __call__(cls, *args, **kwargs):
        print('-> %s(%s)' % (cls.__name__, ', '.join(map(repr, args))))
        obj = cls.__new__(cls)
        obj.__init__(*args, **kwargs)
        obj.trace = 'made by Traced'
        print('<- done')
        return obj

class Vec(metaclass=Traced):
    def __init__(self, x, y=0):
        self.x, self.y = x, y

v = Vec(1, 2)
print(v.x, v.y, v.trace)
try:
    Vec()
except TypeError as e:
    print('TypeError:', e)

class Cached(type):
    def __call__(cls, key):
        cache = cls.__dict__.get('_cache')
        if cache is None:
            cache = {}
            cls._cache = cache
        if key not in cache:
            cache[key] = super().__call__(key)
        return cache[key]

class Symbol(metaclass=Cached):
    def __init__(self, name):
        print('new symbol', name)
        self.name = name

syms = [Symbol(n) for n in ['a', 'b', 'a', 'c', 'b']]
print([s.name for s in syms], syms[0] is syms[2], len(Symbol._cache))

class Refuse(type):
    def __call__(cls, *a):
        raise TypeError('%s cannot be instantiated' % cls.__name__)

class Abstract(metaclass=Refuse):
    pass

print(type(Abstract).__name__)
Abstract()
