# Exception subclasses overriding __init__/__str__, raised deep in a call chain.
class ParseError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(msg)
        self.line = line
        self.col = col

    def __str__(self):
        return '%s at line %d, column %d' % (self.args[0], self.line, self.col)


class UnexpectedToken(ParseError):
    def __init__(self, tok, line, col):
        super().__init__('unexpected token %r' % tok, line, col)
        self.tok = tok


class Parser:
    def __init__(self, text):
        self.lines = text.split('\n')

    def parse(self):
        return [self.parse_line(i + 1, l) for i, l in enumerate(self.lines)]

    def parse_line(self, no, line):
        out = []
        for col, ch in enumerate(line, 1):
            out.append(self.parse_char(no, col, ch))
        return out

    def parse_char(self, no, col, ch):
        if ch.isdigit():
            return int(ch)
        if ch in '+-':
            return ch
        if ch == ' ':
            return None
        raise UnexpectedToken(ch, no, col)


print(Parser('1+2\n3 - 4').parse())
try:
    Parser('1+2\n3*4').parse()
except ParseError as e:
    print(type(e).__name__, '|', e, '|', e.args, e.tok, e.line, e.col)
    print(repr(e))


class Quiet(Exception):
    def __str__(self):
        return ''


try:
    raise Quiet('ignored message')
except Quiet as e:
    print(repr(str(e)), e.args)


class Multi(Exception):
    pass


print(str(Multi(1, 2)), str(Multi()), str(Multi('single')), str(Multi([1])))
try:
    raise Multi
except Multi as e:
    print('raised class, got instance:', type(e).__name__, e.args)
Parser('12\n34\n5 6 x').parse()
