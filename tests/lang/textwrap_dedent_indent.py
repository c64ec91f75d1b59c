# textwrap.dedent, indent and shorten.
import textwrap

samples = [
    '    a\n    b\n      c\n',
    '  a\n\tb\n',
    '\tx\n\t\ty\n',
    '    hello\n\n    world\n  \n',
    'no indent\n  some\n',
    '   \n   \n',
    '  x\n  \n    y',
    '',
    '\t  mixed\n\t   more\n',
    '  trailing  \n  spaces  \n',
    '  a\r\n  b\r\n',
]
for s in samples:
    print(repr(textwrap.dedent(s)))
code = '''
    def f(x):
        return x * 2

    print(f(3))
'''
print(textwrap.dedent(code))
print(repr(textwrap.indent('a\nb\n\nc', '> ')))
print(repr(textwrap.indent('a\n  \nb\r\nc', '+ ')))
print(repr(textwrap.indent('a\nb\n', '# ', lambda line: True)))
print(repr(textwrap.indent('keep\nskip\nkeep', '-> ', predicate=lambda l: l.startswith('k'))))
print(repr(textwrap.indent('', 'x')))
for w in (5, 10, 12, 20, 40):
    print(w, repr(textwrap.shorten('Hello  world!  This   is\ta test.', w)))
print(textwrap.shorten('Hello world', 8, placeholder='…'), textwrap.shorten('  spaced   out  ', 30))
print(textwrap.shorten('abcdefghijklmnop qrs', 10))
try:
    textwrap.shorten('Hello world', 3)
except ValueError as e:
    print('ValueError:', e)
for bad in (5, b'  x'):
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    textwrap.indent(['a'], '>')
except AttributeError as e:
    print('AttributeError:', e)
