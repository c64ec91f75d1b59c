# __getattribute__ intercepts every attribute access; interaction with __getattr__.
class Audited:
    def __init__(self):
        self.value = 1
        self.other = 2
    def __getattribute__(self, name):
        if not name.startswith('_'):
            print('  access', name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value + self.other

a = Audited()
print(a.value)
print(a.method())
print(getattr(a, 'other'))
try:
    a.nothing
except AttributeError as e:
    print('AttributeError:', e)

class WithFallback:
    x = 'class x'
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('secret is hidden')
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return 'fallback for ' + name

w = WithFallback()
w.secret = 'real'
print(w.x, w.secret, w.unknown)

class Upper:
    def __init__(self):
        self.name = 'widget'
    def __getattribute__(self, name):
        val = object.__getattribute__(self, name)
        if isinstance(val, str):
            return val.upper()
        return val

u = Upper()
print(u.name, u.__dict__)

class Denied:
    def __getattribute__(self, name):
        raise PermissionError('no access to ' + name)

dn = Denied()
try:
    dn.anything
except PermissionError as e:
    print('PermissionError:', e)
print(type(dn).__name__)
try:
    print(hasattr(dn, 'x'))
except PermissionError as e:
    print('hasattr raises:', e)

class Counting:
    hits = {}
    def __getattribute__(self, name):
        h = type(self).hits
        h[name] = h.get(name, 0) + 1
        return object.__getattribute__(self, name)
    def f(self):
        return self.g() + self.g()
    def g(self):
        return 1

c = Counting()
print(c.f(), sorted(Counting.hits.items()))
