# textwrap.wrap / fill: widths, hyphens, em-dashes, long words, indents, whitespace.
import textwrap

text = ('The quick brown fox jumps over the lazy dog. A well-known pangram -- used by '
        'typists\tand designers -- contains every letter; supercalifragilisticexpialidocious!')
for width in (10, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap('a-b-c-d e-f look-ahead long-term-care x--y --z', 6))
print(textwrap.wrap('Hello.  World!  It works? "Yes." ok', 8, fix_sentence_endings=True))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading  ', 10, drop_whitespace=False))
print(textwrap.wrap('tabs\there\tand\nnewlines', 40), textwrap.wrap('a\tb', 40, expand_tabs=False))
print(textwrap.wrap('a\tb\nc', 40, replace_whitespace=False), textwrap.wrap('x\ty', 40, tabsize=4))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('word'))
print(textwrap.wrap('1234567890-abcdefghij-klm', 8), textwrap.wrap('----------', 4))
print(textwrap.wrap('naïve café déjà-vu über-cool', 9))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=' ...')
print(w.wrap(text))
print(textwrap.wrap(text, 20, max_lines=1), textwrap.wrap('short', 20, max_lines=1))
print(textwrap.wrap('one two three four', 9, max_lines=2, placeholder=' [more]'))
w = textwrap.TextWrapper()
w.width = 15
w.subsequent_indent = '> '
print(w.fill('Mutating attributes after construction works too, of course.'))
for bad in (dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder=' [long placeholder]')):
    try:
        textwrap.wrap('some text', **bad)
    except ValueError as e:
        print('ValueError:', e)
