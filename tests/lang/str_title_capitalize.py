# title, capitalize and swapcase on ASCII and mixed text.
samples = ["hello world", "HELLO WORLD", "they're bill's friends", "3rd place", "a1b2c3",
           "hello_world-foo.bar", "", " ", "x", "X", "mIxEd CaSe", "o'neil mcdonald", "tab\tsep\nnl",
           "éCOLE élève", "ǆungla ǈudi", "123abc ABC123"]
for s in samples:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.title().istitle())
print('aBc'.swapcase().swapcase(), 'ABC'.capitalize(), 'abc DEF'.capitalize())
for name in ('title', 'capitalize', 'swapcase', 'upper', 'lower', 'casefold'):
    try:
        getattr('abc', name)(1)
    except TypeError as e:
        print('TypeError:', e)
    try:
        getattr('abc', name)(x=1)
    except TypeError as e:
        print('TypeError:', e)
s = 'Title Case Already'
print(s.title() == s, s.title() is s, s.upper().lower(), s.lower().upper())
