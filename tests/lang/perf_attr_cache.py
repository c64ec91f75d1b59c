# Attribute inline caches must follow changes to classes and instances made
# between executions of the same instruction (type versions).

class P:
    def __init__(self, x):
        self.x = x

def getx(o):
    return o.x

def setx(o, v):
    o.x = v

out = []
p = P(1)
for i in range(6):
    if i == 2:
        P.x = property(lambda self: "prop")          # a data descriptor now wins
    if i == 3:
        P.x = property(lambda self: "prop2", lambda self, v: out.append(("set", v)))
    if i == 4:
        del P.x                                       # back to the instance dict
    if i == 5:
        p.__dict__.clear()
        P.x = "class attr"                           # a plain class attribute
    out.append(getx(p))
    try:
        setx(p, i * 10)
    except AttributeError as e:
        out.append(str(e))
print(out)

# A class attribute shadowed by an instance attribute, then unshadowed.
class C:
    k = "class"

c = C()
res = []
for i in range(5):
    if i == 1:
        c.k = "inst"
    if i == 3:
        del c.k
    if i == 4:
        C.k = "class2"
    res.append(c.k)
print(res)

# Changes to a base class reach subclasses.
class Base:
    def hello(self):
        return "base"

class Sub(Base):
    pass

s = Sub()
res = []
for i in range(5):
    if i == 1:
        Base.hello = lambda self: "patched"
    if i == 2:
        Sub.hello = lambda self: "sub"
    if i == 3:
        del Sub.hello
    if i == 4:
        s.hello = lambda: "instance"
    res.append(s.hello())
print(res)

# One site, several classes (polymorphic), with different dict layouts.
class A1:
    def __init__(self):
        self.a = 1
        self.b = 2

class A2:
    def __init__(self):
        self.b = 20
        self.a = 10

class A3(A1):
    b = property(lambda self: "A3.b" + str(self._b), lambda self, v: setattr(self, "_b", v))

objs = [A1(), A2(), A3(), A1(), A2(), A3()]
print([o.b for o in objs], [o.a for o in objs])
for o in objs[:2]:
    o.b = o.b + 1
print([o.b for o in objs])

# __slots__ members, set and unset, and a slot shadowed later.
class S:
    __slots__ = ("u", "v")

def read_u(o):
    try:
        return o.u
    except AttributeError as e:
        return "AttributeError: " + str(e)

s1 = S()
res = []
for i in range(4):
    if i == 1:
        s1.u = 5
    if i == 2:
        del s1.u
    if i == 3:
        s1.u = "again"
    res.append(read_u(s1))
print(res)

# __class__ assignment and __dict__ replacement under a warm cache.
class K1:
    def __init__(self):
        self.v = "k1"
    def who(self):
        return "K1"

class K2:
    def who(self):
        return "K2"

k = K1()
res = []
for i in range(4):
    if i == 1:
        k.__class__ = K2
    if i == 2:
        k.__dict__ = {"v": "newdict"}
    if i == 3:
        K2.v = "K2 class attr"
        del k.v
    res.append((k.v, k.who()))
print(res)

# Errors from cached sites.
class E:
    pass

e = E()
for i in range(3):
    try:
        if i == 1:
            e.attr = i
        print(e.attr)
    except AttributeError as ex:
        print(type(ex).__name__, ex)
    if i == 1:
        del e.attr
