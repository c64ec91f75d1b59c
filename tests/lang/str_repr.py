# repr() and ascii() of strings choose quotes and escapes.
samples = ['plain', "it's", 'say "x"', 'both \' and "', 'tab\tnl\ncr\r', 'back\\slash',
           '\x00\x07\x1f\x7f', 'é ü ñ', '日本', '\u200e', '\ud800', '😀', '\x80\xa0\xff',
           '\U0001f926\u200d', '']
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(str(samples[:3]))
print([samples[4]], (samples[5],))
print({'k\n': 'v\t'})
print(repr(repr('a')))
def show(s):
    r = repr(s)
    print(len(s), len(r), r[0] == r[-1], r)
show('a' * 5)
show("'" * 2)
show('"' * 2)
show('\'"')
show('\\n is not a newline')
show('\t\t')
print(repr('x') == "'x'", repr("x'y") == '"x\'y"')
print(str(['a', "b'c", 'd"e']))
print(repr(('\x00',)), repr({'\n': '\r'}))
print(repr('\x7f\x80\x9f\xa0\xad\xff'))
print(repr('\u0378'), repr('\u00ad'), repr('\u2029'))
