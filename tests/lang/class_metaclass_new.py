# Metaclasses deriving from type: __new__ and __init__ that inspect and modify classes.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')))
        ns['created_by'] = mcls.__name__
        upper = {k.upper(): v for k, v in ns.items() if k.startswith('const_')}
        ns.update(upper)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
        cls.initialized = True
    def describe(cls):
        return 'class %s via %s' % (cls.__name__, type(cls).__name__)

class Base(metaclass=Meta):
    const_a = 1
    def method(self):
        return 'method'

class Child(Base):
    const_b = 2

print(type(Base).__name__, type(Child).__name__, Base.created_by, Child.CONST_B, Base.CONST_A)
print(Child.describe(), Child.initialized, isinstance(Child, Meta), isinstance(Child(), Meta))
print(hasattr(Child(), 'describe'), Child().method())

class Final(type):
    def __new__(mcls, name, bases, ns):
        for b in bases:
            if isinstance(b, Final) and getattr(b, '_final', False):
                raise TypeError('cannot subclass final class %s' % b.__name__)
        return super().__new__(mcls, name, bases, ns)

class Sealed(metaclass=Final):
    _final = True

try:
    class Attempt(Sealed):
        pass
except TypeError as e:
    print('TypeError:', e)

class Auto(type):
    def __new__(mcls, name, bases, ns, prefix='get_'):
        for field in ns.get('fields', ()):
            ns[prefix + field] = (lambda f: lambda self: getattr(self, f))(field)
        return super().__new__(mcls, name, bases, ns)

class Rec(metaclass=Auto, prefix='read_'):
    fields = ('a', 'b')
    def __init__(self):
        self.a, self.b = 1, 2

r = Rec()
print(r.read_a(), r.read_b(), hasattr(r, 'get_a'))
M2 = Meta('Dynamic', (), {'const_z': 26})
print(M2.CONST_Z, M2.created_by)

class OtherMeta(type):
    pass

class Other(metaclass=OtherMeta):
    pass

try:
    class Mixed(Base, Other):
        pass
except TypeError as e:
    print('TypeError:', e)
