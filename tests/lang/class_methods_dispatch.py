# Dispatching to methods by name with getattr, method tables and visitor classes.
class Calculator:
    def op_add(self, a, b):
        return a + b
    def op_sub(self, a, b):
        return a - b
    def op_mul(self, a, b):
        return a * b
    def run(self, program):
        results = []
        for line in program:
            name, *args = line.split()
            handler = getattr(self, 'op_' + name, None)
            if handler is None:
                results.append('unknown op %r' % name)
                continue
            results.append(handler(*map(int, args)))
        return results

print(Calculator().run(['add 1 2', 'mul 3 4', 'pow 2 3', 'sub 10 20']))

class Visitor:
    def visit(self, node):
        meth = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return meth(node)
    def generic_visit(self, node):
        raise TypeError('no visit_%s method' % type(node).__name__)

class Num:
    def __init__(self, v):
        self.v = v

class Add:
    def __init__(self, l, r):
        self.l, self.r = l, r

class Neg:
    def __init__(self, e):
        self.e = e

class Evaluator(Visitor):
    def visit_Num(self, n):
        return n.v
    def visit_Add(self, n):
        return self.visit(n.l) + self.visit(n.r)

class Printer(Evaluator):
    def visit_Num(self, n):
        return str(n.v)
    def visit_Add(self, n):
        return '(%s + %s)' % (self.visit(n.l), self.visit(n.r))
    def visit_Neg(self, n):
        return '-' + self.visit(n.e)

tree = Add(Num(1), Add(Num(2), Num(3)))
print(Evaluator().visit(tree), Printer().visit(tree), Printer().visit(Neg(tree)))
try:
    Evaluator().visit(Neg(Num(1)))
except TypeError as e:
    print('TypeError:', e)

class Machine:
    def __init__(self):
        self.state = 'idle'
        self.table = {('idle', 'start'): self.start, ('running', 'stop'): self.stop}
    def start(self):
        self.state = 'running'
    def stop(self):
        self.state = 'idle'
    def fire(self, event):
        try:
            self.table[self.state, event]()
        except KeyError:
            return 'bad event %r in state %r' % (event, self.state)
        return self.state

m = Machine()
print([m.fire(e) for e in ['start', 'start', 'stop', 'stop']])
