# Wrong arguments to constructors: messages for __init__, __new__, and object().
class Point:
    def __init__(self, x, y, *, label=''):
        self.x, self.y, self.label = x, y, label


class Plain:
    pass


class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)


class Kw:
    def __init__(self, a, b=2, *args, c, d=4, **kw):
        self.all = (a, b, args, c, d, kw)


attempts = [
    lambda: Point(),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, 2, lbl='x'),
    lambda: Point(1, y=2, x=3),
    lambda: Point(1, 2, label='ok').label,
    lambda: Plain(1),
    lambda: Plain(a=1),
    lambda: OnlyNew(),
    lambda: OnlyNew(1, 2),
    lambda: OnlyNew(1).__class__.__name__,
    lambda: Kw(1),
    lambda: Kw(1, c=3).all,
    lambda: Kw(1, 2, 3, 4, c=5, e=6).all,
    lambda: Kw(c=1),
    lambda: object(1),
    lambda: int('12', base=3, extra=1),
]
for i, attempt in enumerate(attempts):
    try:
        print(i, 'ok', attempt())
    except TypeError as e:
        print(i, 'TypeError:', e)


class Init:
    def __init__(self):
        return 42


try:
    Init()
except TypeError as e:
    print('TypeError:', e)


class Deep:
    def __init__(self, config):
        self.port = int(config['port'])


class Deeper(Deep):
    def __init__(self, config):
        super().__init__(config)
        self.host = config['host']


print(Deeper({'port': '80', 'host': 'h'}).port)
Deeper({'port': 'eighty', 'host': 'h'})
