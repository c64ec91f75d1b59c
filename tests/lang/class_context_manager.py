# A class implementing __enter__/__exit__ used with `with`, checking the exit args.
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
        self.open = False
    def __enter__(self):
        print('open', self.name)
        self.open = True
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        if exc_type is None:
            print('close', self.name, 'cleanly')
        else:
            print('close', self.name, 'after', exc_type.__name__, exc, tb is not None)
        return self.swallow

with Resource('a') as r:
    print('using', r.name, r.open)
print('after with:', r.open)
with Resource('b', swallow=True):
    raise ValueError('boom')
print('swallowed')
try:
    with Resource('c'):
        {}['k']
except KeyError as e:
    print('propagated KeyError', e)

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('rolled back because', repr(ev))
            return True
        print('committed')
        return False

db = {'x': 1}
with Transaction(db) as s:
    s['y'] = 2
print(db)
with Transaction(db) as s:
    s['z'] = 3
    s['x'] = 100
    raise RuntimeError('fail midway')
print(db)

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError:', e)

class NoEnter:
    def __exit__(self, *a):
        return False

try:
    with NoEnter():
        pass
except TypeError as e:
    print('TypeError:', e)
