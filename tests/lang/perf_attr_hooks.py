# Attribute hooks added to (and removed from) a class after its attribute
# sites are warm: __getattr__, __getattribute__, __setattr__, descriptors
# written in Python, and slots next to a __dict__.

class H:
    def __init__(self):
        self.a = 1

def read(o):
    return (o.a, getattr(o, "zz", "no zz"))

def write(o, v):
    o.a = v

h = H()
log = []
for i in range(7):
    if i == 1:
        H.__getattr__ = lambda self, name: "hooked " + name
    if i == 2:
        H.__getattribute__ = lambda self, name: "everything " + name
    if i == 3:
        del H.__getattribute__
        H.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 100)
    if i == 4:
        del H.__setattr__
        del H.__getattr__
    if i == 5:
        class Desc:
            def __get__(self, obj, owner):
                return "Desc.get"
        H.a = Desc()              # non-data: the instance dict still wins
    if i == 6:
        Desc.__set__ = lambda self, obj, v: log.append("Desc.set %r" % v)
    log.append(read(h))
    write(h, i)
for entry in log:
    print(entry)

class Both:
    __slots__ = ("s", "__dict__")
    def __init__(self):
        self.s = "slot"
        self.d = "dict"

b = Both()
for i in range(3):
    if i == 1:
        b.s = "slot2"
        b.d = "dict2"
    if i == 2:
        del b.s
    try:
        print(b.s, b.d, sorted(vars(b)))
    except AttributeError as e:
        print(type(e).__name__, e)

class Base:
    __slots__ = ("x",)

class Child(Base):
    pass

objs = [Base(), Child(), Base(), Child()]
for n, o in enumerate(objs):
    o.x = n
    o2 = o
print([o.x for o in objs], hasattr(objs[0], "__dict__"), hasattr(objs[1], "__dict__"))
try:
    objs[0].y = 1
except AttributeError as e:
    print(type(e).__name__, e)
objs[1].y = 2
print(objs[1].y, objs[1].__dict__)
