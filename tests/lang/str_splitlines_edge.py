# splitlines recognises every Unicode line boundary.
s = 'a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ('', '\n', '\n\n', 'a', 'a\n', '\na', 'a\r\n\r\nb', '\r\r\n', 'x\u2028', 'no newline'):
    print(repr(t), t.splitlines(), t.splitlines(True))
print('a\x1fb'.splitlines(), 'a\tb'.splitlines(), 'a\u2027b'.splitlines(), 'a\u0085b'.splitlines())
lines = 'line one\nline two\r\nline three'.splitlines()
print(len(lines), lines[-1], '|'.join(lines))
print(''.join('a\nb\nc'.splitlines(True)) == 'a\nb\nc')
