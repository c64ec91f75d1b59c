#!/usr/bin/env python3
# -*- coding: latin-1 -*-
# The source is decoded by its declaration (PEP 263): Latin-1 bytes are
# characters, and tracebacks show the decoded line.
s = 'été © ÿ'
print(s, len(s), [hex(ord(c)) for c in s])
b = b'caf\xe9'
print(b.decode('latin-1') == 'café', 'é' == '\u00e9')


def f(x):
    return 'résumé' + x


try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_filename.endswith('core_encoding_latin1.py'))
t = 'à la carte'; n = 1 / 0
