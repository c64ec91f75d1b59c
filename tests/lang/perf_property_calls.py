# Properties with Python getters run in the interpreter loop from a warm
# GETATTR cache; errors, __getattr__ fallbacks and changed getters must
# behave as before.

class T:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        if self._v < 0:
            raise ValueError("negative")
        return self._v * 2

    @property
    def missing(self):
        return self.nothing_here

    bad = property(lambda: 1)

objs = [T(1), T(2), T(-1), T(3)]
for o in objs:
    try:
        print(o.v)
    except ValueError as e:
        print(type(e).__name__, e)

for i in range(3):
    try:
        print(objs[0].missing)
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        print(objs[0].bad)
    except TypeError as e:
        print(type(e).__name__, e)

class G(T):
    def __getattr__(self, name):
        return "fallback " + name

g = G(5)
for i in range(2):
    print(g.v, g.missing, g.other)

t = T(4)
res = []
for i in range(4):
    if i == 1:
        T.v = T.v.getter(lambda self: "new getter")
    if i == 2:
        T.v = property(None)
    if i == 3:
        T.v = 99
    try:
        res.append(t.v)
    except AttributeError as e:
        res.append(str(e))
print(res)

class Gen:
    @property
    def g(self):
        yield 1

print([list(Gen().g) for i in range(2)])

class Counter:
    def __init__(self):
        self.n = 0
    @property
    def bump(self):
        self.n += 1
        return self.n

c = Counter()
print([c.bump for i in range(5)], c.n)
