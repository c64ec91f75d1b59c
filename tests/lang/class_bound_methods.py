# Bound methods: __self__, __func__, storing and calling them later, equality.
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def incr(self, by=1):
        self.n += by
        return self.n

    def __repr__(self):
        return 'Counter(%r, %d)' % (self.name, self.n)


a = Counter('a')
b = Counter('b')
inc_a = a.incr
inc_b = b.incr
print(inc_a(), inc_a(), inc_b(10), a, b)
print(inc_a.__self__ is a, inc_a.__func__ is Counter.incr)
print(inc_a.__name__, inc_a.__qualname__)
print(a.incr == a.incr, a.incr == b.incr)
ops = [a.incr, b.incr, a.incr]
for op in ops:
    op(5)
print(a, b)
print(Counter.incr(a, 100), a)
unbound = Counter.incr
print(type(unbound).__name__, type(inc_a).__name__)
fns = {'x': Counter('x').incr}
print(fns['x'](), fns['x'](), fns['x'].__self__)
m = getattr(b, 'incr')
print(m(1), b.n)


class Greeter:
    greeting = 'hello'

    def greet(self, who):
        return '%s, %s' % (self.greeting, who)


g = Greeter()
say = g.greet
print(say('world'))
g.greeting = 'hi'
print(say('there'))
Greeter.greet = lambda self, who: 'replaced ' + who
print(g.greet('x'), say('old still bound'))
g.greet = lambda who: 'instance attr ' + who
print(g.greet('y'))
try:
    Counter.incr()
except TypeError as e:
    print('TypeError:', e)
try:
    a.incr(1, 2)
except TypeError as e:
    print('TypeError:', e)
