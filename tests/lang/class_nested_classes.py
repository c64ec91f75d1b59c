# Classes defined inside classes and functions: qualnames, closures, scoping.
class Tree:
    class Node:
        def __init__(self, value, children=()):
            self.value = value
            self.children = list(children)
        def __repr__(self):
            if not self.children:
                return 'Node(%r)' % self.value
            return 'Node(%r, %r)' % (self.value, self.children)
    def __init__(self):
        self.root = self.Node('root')
    def add(self, value):
        node = Tree.Node(value)
        self.root.children.append(node)
        return node

t = Tree()
t.add('a').children.append(Tree.Node('a1'))
t.add('b')
print(t.root)
print(Tree.Node.__qualname__, type(t.root).__name__)

def make_counter_class(step):
    class Counter:
        def __init__(self):
            self.n = 0
        def tick(self):
            self.n += step
            return self.n
        def __repr__(self):
            return 'Counter(step=%d, n=%d)' % (step, self.n)
    return Counter

By2 = make_counter_class(2)
By5 = make_counter_class(5)
c2, c5 = By2(), By5()
c2.tick()
c2.tick()
c5.tick()
print(c2, c5, By2 is By5, By2.__qualname__)

class Outer:
    x = 'outer x'
    class Inner:
        try:
            y = x
        except NameError as e:
            y = 'NameError: ' + str(e)
    def get(self):
        return self.Inner.y

print(Outer().get())

class Config:
    class Defaults:
        timeout = 30
        retries = 3
    class Production(Defaults):
        timeout = 60

print(Config.Production.timeout, Config.Production.retries, Config.Production.__mro__[1].__qualname__)
try:
    Tree.Nodes
except AttributeError as e:
    print('AttributeError:', e)
try:
    Tree.Node()
except TypeError as e:
    print('TypeError:', e)
