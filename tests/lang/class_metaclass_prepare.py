# Metaclass __prepare__: a custom namespace that records definition order and dups.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            if key in self:
                raise TypeError('duplicate definition of %r' % key)
            self.order.append(key)
        super().__setitem__(key, value)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.definition_order = list(ns.order)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Form(metaclass=OrderedMeta, flavour='html'):
    zeta = 1
    alpha = 2
    def mid(self):
        pass
    beta = 3

print(Form.definition_order)
try:
    class Dup(metaclass=OrderedMeta):
        x = 1
        x = 2
except TypeError as e:
    print('TypeError:', e)

class Injecting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'helper': lambda: 'injected helper', 'VERSION': 3}

class UsesInjected(metaclass=Injecting):
    value = helper()
    doubled = VERSION * 2

print(UsesInjected.value, UsesInjected.doubled, UsesInjected.VERSION)

class Counting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'__count__': 0}
    def __new__(mcls, name, bases, ns):
        ns['n_attrs'] = len([k for k in ns if not k.startswith('__')])
        return super().__new__(mcls, name, bases, ns)

class Three(metaclass=Counting):
    a = b = 1
    c = 2

print(Three.n_attrs, Three.__count__)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42

try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print('TypeError:', e)
