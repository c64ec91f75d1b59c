# Case conversion methods.
words = ['hello world', 'HELLO', 'hElLo WoRlD', "they're bill's friends", 'a1b2 c3', '', '123abc', 'mIxEd_CaSe-42x']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print('hello_world-foo bar'.title())
print('ALL CAPS'.capitalize(), 'x'.capitalize(), '1st'.capitalize())
print('o\'neil mcdonald-smith 3rd'.title(), 'x1y2'.title(), 'ABC def'.capitalize())
for w in ('', 'a', 'A', '1', ' a', 'aB cD', '__x__', 'mIxEd'):
    print(repr(w.upper()), repr(w.lower()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
s = 'The Quick Brown Fox'
print(s.lower().upper() == s.upper(), s.swapcase().swapcase() == s, s.casefold() == s.lower())
print(s.upper().isupper(), s.lower().islower(), s.title().istitle(), s.upper().istitle())
counts = [0, 0]
for ch in s:
    if ch.isupper():
        counts[0] += 1
    elif ch.islower():
        counts[1] += 1
print('upper', counts[0], 'lower', counts[1])
print('hello world'.title().swapcase(), 'HELLO'.lower().capitalize())
print(str.upper('abc'), str.lower('ABC'), str.title('a b'))
