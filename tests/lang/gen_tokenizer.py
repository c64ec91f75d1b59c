# A character-level tokenizer written as a generator, with errors carrying positions.
class TokenError(Exception):
    def __init__(self, msg, pos):
        super().__init__('%s at position %d' % (msg, pos))
        self.pos = pos


def tokenize(text):
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        start = i
        if ch.isdigit():
            while i < n and (text[i].isdigit() or text[i] == '.'):
                i += 1
            num = text[start:i]
            if num.count('.') > 1:
                raise TokenError('malformed number %r' % num, start)
            yield ('NUM', float(num) if '.' in num else int(num), start)
        elif ch.isalpha() or ch == '_':
            while i < n and (text[i].isalnum() or text[i] == '_'):
                i += 1
            yield ('NAME', text[start:i], start)
        elif ch in '"\'':
            i += 1
            while i < n and text[i] != ch:
                i += 1
            if i >= n:
                raise TokenError('unterminated string', start)
            i += 1
            yield ('STR', text[start + 1:i - 1], start)
        elif text.startswith(('==', '<=', '>=', '!='), i):
            i += 2
            yield ('OP', text[start:i], start)
        elif ch in '+-*/()=<>,':
            i += 1
            yield ('OP', ch, start)
        else:
            raise TokenError('unexpected character %r' % ch, start)
    yield ('EOF', None, n)


for tok in tokenize('x1 = 3.25 * (y + 42) >= "hi there"'):
    print(tok)
print([t[1] for t in tokenize("f(a,b)!=c_d") if t[0] != 'EOF'])
for bad in ['1.2.3 + x', "name = 'open", 'a # b']:
    toks = tokenize(bad)
    got = []
    try:
        for t in toks:
            got.append(t[1])
    except TokenError as e:
        print('TokenError:', e, '| pos', e.pos, '| before error:', got)
print(list(tokenize('')))
list(tokenize('ok ? no'))
