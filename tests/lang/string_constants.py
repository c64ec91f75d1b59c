# string: the constants and capwords().
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace))
print(repr(string.punctuation))
print(repr(string.printable), len(string.printable))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print(sorted(set(string.hexdigits.lower())) == sorted('0123456789abcdef'))
print(string.capwords(' hello   world  foo '))
print(string.capwords('a-b-c', '-'), string.capwords('ab cd', None), repr(string.capwords('')))
print(string.capwords("they're bill's friends"), string.capwords('ÉCOLE élève'))
print(string.capwords('x, y;z', ', '), string.capwords('\tmixed\nwhite  space\x0b'))
vowels = sum(1 for c in 'Programming Language' if c in 'aeiouAEIOU')
print(vowels, ''.join(c for c in 'a1b2-c3!' if c in string.ascii_letters))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print('hello, world'.translate(table))
print(''.join(c for c in 'Hi, there! (ok)' if c not in string.punctuation))
try:
    string.capwords(5)
except AttributeError as e:
    print('AttributeError:', e)
try:
    string.capwords('a b', 5)
except AttributeError as e:
    print('AttributeError:', e)


def title_words(text):
    if not isinstance(text, str):
        raise TypeError('title_words() needs a str, not %s' % type(text).__name__)
    return string.capwords(text)


print(title_words('the end'))
title_words(b'bytes')
