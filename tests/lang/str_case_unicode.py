# Case conversion with non-ASCII special cases.
words = ['ǅungla', 'ß straße', 'ÉCOLE élève', 'ΣΊΣΥΦΟΣ', 'ﬁne', 'İstanbul', 'ǈ ǉ Ǉ']
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
    print(len(w), len(w.upper()), len(w.lower()), len(w.casefold()))
print('ß'.upper(), 'ẞ'.lower(), 'ß'.casefold() == 'ss')
print('straße'.casefold() == 'STRASSE'.casefold())
print('µ'.upper(), 'ſ'.upper(), 'ǰ'.upper())
for ch in ('a', 'ä', 'ø', 'ǆ', 'ǲ', 'ς', 'σ', 'ﬃ', 'ŉ'):
    print(ch, ch.upper(), ch.lower(), ch.title(), ch.swapcase(), len(ch.upper()), ch.isupper(), ch.islower(), ch.istitle())
print('ὈΔΥΣΣΕΎΣ'.lower(), 'ὀδυσσεύς'.upper(), 'ὀδυσσεύς'.title())
print('éCOLE'.capitalize(), 'ßtraße'.capitalize(), 'ǆemal'.capitalize())
