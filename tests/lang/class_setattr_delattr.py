# __setattr__ and __delattr__: validation, read-only attributes, logging.
class Strict:
    __fields = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __setattr__(self, name, value):
        if name not in self.__fields:
            raise AttributeError('cannot add attribute %r' % name)
        if not isinstance(value, int):
            raise TypeError('%s must be int, got %s' % (name, type(value).__name__))
        print('  set', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        if name == 'x':
            raise AttributeError('x is permanent')
        print('  del', name)
        object.__delattr__(self, name)

s = Strict(1, 2)
s.x = 10
print(s.x, s.y, sorted(vars(s).items()))
for name, val in [('z', 1), ('y', 'two'), ('y', 2.5)]:
    try:
        setattr(s, name, val)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)
del s.y
print(hasattr(s, 'y'))
try:
    del s.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    del s.y
except AttributeError as e:
    print('AttributeError:', e)
print(Strict._Strict__fields)

class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value)

r = Recorder()
r.a = 1
r.a += 1
r.b = r.a * 10
setattr(r, 'c', 'via setattr')
print(r.log)
print(r.a, r.b, r.c)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError("can't set %s: %s is frozen" % (name, type(self).__name__))
    __delattr__ = __setattr__

f = Frozen(5)
try:
    f.v = 6
except AttributeError as e:
    print('AttributeError:', e)
try:
    del f.v
except TypeError as e:
    print('TypeError:', e)
print(f.v)

class Plain:
    pass

try:
    delattr(Plain(), 'nothing')
except AttributeError as e:
    print('AttributeError:', e)
