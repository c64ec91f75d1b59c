# A recursive-descent calculator with token/AST classes, variables and positioned errors.
import math

class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__('%s at position %d' % (msg, pos))
        self.msg, self.pos = msg, pos

LexError = type('LexError', (CalcError,), {})
ParseError = type('ParseError', (CalcError,), {})
EvalError = type('EvalError', (CalcError,), {})

class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return 'Token(%s, %r, %d)' % (self.kind, self.value, self.pos)

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            try:
                value = float(text) if '.' in text else int(text)
            except ValueError:
                raise LexError('bad number %r' % text, i) from None
            yield Token('NUM', value, i)
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            yield Token('NAME', src[i:j], i)
            i = j
        elif src.startswith('**', i):
            yield Token('OP', '**', i)
            i += 2
        elif ch in '+-*/%^(),=':
            yield Token('OP', '**' if ch == '^' else ch, i)
            i += 1
        else:
            raise LexError('unexpected character %r' % ch, i)
    yield Token('EOF', None, len(src))

class Node:
    fields = ()
    fmt = ''
    def __init__(self, pos, *values):
        self.pos = pos
        for name, value in zip(self.fields, values):
            setattr(self, name, value)
    def __repr__(self):
        return self.fmt % tuple(getattr(self, f) for f in self.fields)

class Num(Node):
    fields, fmt = ('value',), '%r'
class Var(Node):
    fields, fmt = ('name',), '%s'
class BinOp(Node):
    fields, fmt = ('left', 'op', 'right'), '(%r %s %r)'
class Neg(Node):
    fields, fmt = ('operand',), '(-%r)'
class Assign(Node):
    fields, fmt = ('name', 'expr'), '%s = %r'

class Call(Node):
    fields = ('name', 'args')
    def __repr__(self):
        return '%s(%s)' % (self.name, ', '.join(map(repr, self.args)))

class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0
    @property
    def tok(self):
        return self.tokens[self.i]
    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t
    def expect(self, value):
        if self.tok.value != value:
            found = 'end of input' if self.tok.kind == 'EOF' else repr(self.tok.value)
            raise ParseError('expected %r but found %s' % (value, found), self.tok.pos)
        return self.advance()
    def parse(self):
        if self.tok.kind == 'NAME' and self.tokens[self.i + 1].value == '=':
            name = self.advance()
            self.advance()
            node = Assign(name.pos, name.value, self.expr())
        else:
            node = self.expr()
        if self.tok.kind != 'EOF':
            raise ParseError('unexpected %r' % (self.tok.value,), self.tok.pos)
        return node
    def binary(self, ops, operand):
        node = operand()
        while self.tok.value in ops:
            op = self.advance()
            node = BinOp(op.pos, node, op.value, operand())
        return node
    def expr(self):
        return self.binary(('+', '-'), self.term)
    def term(self):
        return self.binary(('*', '/', '%'), self.factor)
    def factor(self):
        if self.tok.value == '-':
            op = self.advance()
            return Neg(op.pos, self.factor())
        node = self.atom()
        if self.tok.value == '**':
            op = self.advance()
            return BinOp(op.pos, node, '**', self.factor())
        return node
    def atom(self):
        t = self.tok
        if t.kind == 'NUM':
            return Num(t.pos, self.advance().value)
        if t.kind == 'NAME':
            self.advance()
            if self.tok.value == '(':
                self.advance()
                args = []
                if self.tok.value != ')':
                    args.append(self.expr())
                    while self.tok.value == ',':
                        self.advance()
                        args.append(self.expr())
                self.expect(')')
                return Call(t.pos, t.value, args)
            return Var(t.pos, t.value)
        if t.value == '(':
            self.advance()
            node = self.expr()
            self.expect(')')
            return node
        raise ParseError('unexpected %s' % ('end of input' if t.kind == 'EOF' else repr(t.value)), t.pos)

class Interpreter:
    FUNCS = {'sqrt': math.sqrt, 'max': max, 'min': min, 'abs': abs, 'hypot': math.hypot}
    OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
           '/': lambda a, b: a / b, '%': lambda a, b: a % b, '**': lambda a, b: a ** b}
    def __init__(self):
        self.env = {'pi': math.pi}
    def run(self, src):
        return self.eval(Parser(src).parse())
    def eval(self, node):
        return getattr(self, 'eval_' + type(node).__name__)(node)
    def eval_Num(self, n):
        return n.value
    def eval_Var(self, n):
        if n.name not in self.env:
            raise EvalError('undefined variable %r' % n.name, n.pos)
        return self.env[n.name]
    def eval_Neg(self, n):
        return -self.eval(n.operand)
    def eval_Assign(self, n):
        self.env[n.name] = self.eval(n.expr)
        return self.env[n.name]
    def eval_BinOp(self, n):
        a, b = self.eval(n.left), self.eval(n.right)
        try:
            return self.OPS[n.op](a, b)
        except ZeroDivisionError:
            raise EvalError('division by zero', n.pos) from None
    def eval_Call(self, n):
        fn = self.FUNCS.get(n.name)
        if fn is None:
            raise EvalError('unknown function %r' % n.name, n.pos)
        args = [self.eval(a) for a in n.args]
        try:
            return fn(*args)
        except (TypeError, ValueError) as e:
            raise EvalError('%s(): %s' % (n.name, e), n.pos) from e

program = ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ^ 2', '10 / 4', '17 % 5', 'x = 4',
           'y = x * (x - 1) / 2', 'hypot(x, 3) + max(1, y, 2)', 'sqrt(2) * sqrt(2)', 'round_me = pi * 100',
           '1 / (x - 4)', 'z + 1', '3 +', '(1 + 2', '2 $ 3', 'foo(1)', 'sqrt(-1)', '1..2 + 3',
           'max()', 'x = = 2', '4 5']
calc = Interpreter()
for line in program:
    try:
        tree = Parser(line).parse()
        print('%-28s %-34r => %r' % (line, tree, calc.eval(tree)))
    except CalcError as e:
        print('%-28s %s: %s' % (line, type(e).__name__, e))
        print('%-28s %s^' % ('', ' ' * e.pos))
print(sorted(calc.env.items()))
print(list(tokenize('a=1.5*(b-2)'))[:4])
calc.run('total = x * y + undefined_thing')
