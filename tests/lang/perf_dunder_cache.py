# Special methods are cached per class: the cache must follow assignments
# and deletions of dunders on the class and on its bases, made between
# operations on the same instances in a loop.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, o):
        return self.x < o.x
    def __repr__(self):
        return "V(%r)" % self.x

class W(V):
    pass

a, b = W(1), W(2)
log = []
for i in range(7):
    if i == 1:
        V.__add__ = lambda self, o: "V.add patched"
    if i == 2:
        W.__add__ = lambda self, o: "W.add"
    if i == 3:
        del W.__add__
    if i == 4:
        V.__repr__ = lambda self: "<V %d>" % self.x
        V.__lt__ = lambda self, o: self.x > o.x
    if i == 5:
        V.__hash__ = lambda self: 42
    if i == 6:
        W.__eq__ = lambda self, o: "always"
    log.append((a + b, repr(a), a < b, hash(a), a == b, a != b))
for entry in log:
    print(entry)

# Deleting a dunder falls back to object's behaviour.
class D:
    def __repr__(self):
        return "D!"
    def __len__(self):
        return 3
    def __bool__(self):
        return False

d = D()
for i in range(4):
    if i == 1:
        del D.__bool__
    if i == 2:
        del D.__len__
    if i == 3:
        del D.__repr__
    print(bool(d), repr(d).startswith("<__main__.D object at"), repr(d) == "D!")

# Reflected operators and NotImplemented with a subclass that overrides
# the reflected method.
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, N):
            return N(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        return "N.radd(%s)" % type(o).__name__
    def __mul__(self, k):
        return N(self.v * k)

class M(N):
    def __radd__(self, o):
        return "M.radd"

n, m = N(1), M(2)
for i in range(3):
    if i == 1:
        N.__add__ = lambda self, o: NotImplemented
    if i == 2:
        del M.__radd__
    r1 = n + m
    r2 = 5 + n
    try:
        r3 = n + 5
    except TypeError as e:
        r3 = str(e)
    print(r1 if isinstance(r1, str) else r1.v, r2, r3, (n * 3).v)
try:
    N.__radd__ = lambda self, o: NotImplemented
    n + 5
except TypeError as e:
    print(type(e).__name__, e)

# In-place operators falling back to binary ones.
class I:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return I(self.v + o)

x = I(1)
for i in range(3):
    if i == 1:
        I.__iadd__ = lambda self, o: I(self.v * 100)
    if i == 2:
        del I.__iadd__
    x += 2
    print(x.v)

# Iteration, item access and calls through dunders that change.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
    def __call__(self, *a):
        return ("called", a)

q = Seq()
for i in range(3):
    if i == 1:
        Seq.__iter__ = lambda self: iter("ab")
        Seq.__call__ = lambda self, *a: ("patched", len(a))
    if i == 2:
        del Seq.__iter__
        Seq.__getitem__ = lambda self, i: i if i < 2 else (_ for _ in ()).throw(IndexError)
    print(list(q), q(1, 2), q[1])
