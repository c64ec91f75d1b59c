# __setitem__ and __delitem__ on a sparse grid, including slice and tuple keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError('grid indices must be (x, y), not %s' % type(key).__name__)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell %r outside %dx%d grid' % (key, self.w, self.h))
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        del self.cells[key]
    def __str__(self):
        return '\n'.join(''.join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(5, 3)
g[0, 0] = '#'
g[4, 2] = '@'
g[2, 1] = '*'
print(g)
del g[2, 1]
print(g)
print(sorted(g.cells))
for bad in [(9, 9), 3, (1, 2, 3)]:
    try:
        g[bad] = 'x'
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ':', e)
try:
    del g[1, 1]
except KeyError as e:
    print('KeyError:', e)

class Log:
    def __init__(self):
        self.events = []
    def __setitem__(self, k, v):
        self.events.append(('set', k, v))
    def __delitem__(self, k):
        self.events.append(('del', k))

lg = Log()
lg[1] = 'a'
lg[2:5] = [1, 2]
lg['x'], lg['y'] = 10, 20
del lg[::2]
lg[0] = lg[1] = 'chain'
for ev in lg.events:
    print(ev)

class ReadOnly:
    def __getitem__(self, k):
        return k

try:
    ReadOnly()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    del ReadOnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ':', e)
