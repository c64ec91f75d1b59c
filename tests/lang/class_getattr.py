# __getattr__ is only consulted when normal lookup fails.
class Defaults:
    color = 'red'
    def __init__(self):
        self.size = 3
    def __getattr__(self, name):
        print('  __getattr__', name)
        if name.startswith('opt_'):
            return 'default-' + name[4:]
        raise AttributeError('%s has no option %r' % (type(self).__name__, name))

d = Defaults()
print(d.size, d.color)
print(d.opt_speed)
d.opt_speed = 'fast'
print(d.opt_speed)
print(getattr(d, 'opt_x'), getattr(d, 'nope', 'fallback'))
print(hasattr(d, 'opt_y'), hasattr(d, 'zzz'))
try:
    d.missing
except AttributeError as e:
    print('AttributeError:', e)

class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.calls)
try:
    p.frobnicate()
except AttributeError as e:
    print('AttributeError:', e)

class Lazy:
    def __getattr__(self, name):
        value = len(name)
        setattr(self, name, value)
        print('  computed', name)
        return value

lz = Lazy()
print(lz.abc, lz.abc, lz.hello, sorted(vars(lz).items()))

class Dotted:
    def __init__(self, path=()):
        self._path = path
    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return Dotted(self._path + (name,))
    def __repr__(self):
        return '.'.join(self._path) or '<root>'

print(Dotted().a.b.c, Dotted())

class Broken:
    def __getattr__(self, name):
        raise KeyError(name)

try:
    Broken().thing
except KeyError as e:
    print('KeyError leaks through:', e)
try:
    print(hasattr(Broken(), 'thing'))
except KeyError as e:
    print('hasattr propagates KeyError:', e)
