# A recursive-descent arithmetic expression parser and evaluator.
def tokenize(src):
    tokens = []
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
            tokens.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif ch in '+-*/()^%':
            tokens.append(('op', ch))
            i += 1
        else:
            raise SyntaxError('unexpected character %r at %d' % (ch, i))
    tokens.append(('end', None))
    return tokens


def parse(src):
    tokens = tokenize(src)
    pos = 0
    def peek():
        return tokens[pos]
    def take():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok
    def expr():
        value = term()
        while peek() in (('op', '+'), ('op', '-')):
            op = take()[1]
            rhs = term()
            value = value + rhs if op == '+' else value - rhs
        return value
    def term():
        value = factor()
        while peek() in (('op', '*'), ('op', '/'), ('op', '%')):
            op = take()[1]
            rhs = factor()
            if op == '*':
                value *= rhs
            elif op == '/':
                value /= rhs
            else:
                value %= rhs
        return value
    def factor():
        base = unary()
        if peek() == ('op', '^'):
            take()
            return base ** factor()
        return base
    def unary():
        if peek() == ('op', '-'):
            take()
            return -unary()
        if peek() == ('op', '('):
            take()
            v = expr()
            if take() != ('op', ')'):
                raise SyntaxError('expected )')
            return v
        kind, val = take()
        if kind != 'num':
            raise SyntaxError('expected number, got ' + repr(val))
        return val

    result = expr()
    if peek()[0] != 'end':
        raise SyntaxError('trailing input: ' + repr(peek()[1]))
    return result


for src in ('1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '7 % 3 + 0.5',
            '((((42))))', '2 * -3', '1 +', '(1 + 2', '3 $ 4', '1 2', '8 / (2 - 2)', '2 ^ 100'):
    try:
        print('%-14s => %r' % (src, parse(src)))
    except SyntaxError as e:
        print('%-14s => SyntaxError: %s' % (src, e))
    except ZeroDivisionError as e:
        print('%-14s => ZeroDivisionError: %s' % (src, e))
