# Case mapping with context (final sigma) and multi-character results.
words = ['ΟΔΥΣΣΕΥΣ', 'Σ', 'ΑΣ', 'ΑΣ Β', 'ΑΣ.', 'Α.Σ', 'ΑΣΑ', '1Σ', 'ΑΣ1', "Α'Σ", 'ΑΣ\u0301', 'ΣΑΣ ΣΑΣ']
for w in words:
    print(w, w.lower(), w.swapcase(), w.title(), w.capitalize(), w.casefold())
for ch in 'ßẞİıﬁﬀﬃŉǰΐΰյև':
    print(ch, ascii(ch.upper()), ascii(ch.lower()), ascii(ch.title()), ascii(ch.casefold()), len(ch.upper()))
print('straße'.upper(), 'STRASSE'.lower(), 'ǅǆǄ'.lower(), 'ǅǆǄ'.upper(), 'ǆx'.title())
print('İstanbul'.lower(), len('İstanbul'.lower()), 'ıi'.upper())
print('ａｂｃ'.upper(), 'ＡＢＣ'.lower(), 'ⓐⓑ'.upper(), 'Ⓐ'.lower(), 'ⅰⅱ'.upper())
print('𐐨𐐩'.upper(), '𐐀'.lower(), '𞤢'.upper(), '🙂'.upper() == '🙂')
print('Ꭰ'.lower(), 'ꭰ'.upper(), 'ᏸ'.upper(), 'ꮰ'.casefold())
print('µ'.upper(), 'ÿ'.upper(), 'ſ'.upper(), 'K'.lower(), 'Å'.lower())
mixed = 'Hello Wörld ΣΟΦΙΑ straße 123'
print(mixed.upper())
print(mixed.lower())
print(mixed.swapcase())
print(mixed.casefold())
print(mixed.title())
print(mixed.capitalize())
