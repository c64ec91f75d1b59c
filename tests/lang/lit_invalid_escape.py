# Invalid escape sequences are kept verbatim; CPython 3.12 emits a
# SyntaxWarning at compile time (printed to stderr before the program runs).
print('start')
s = '\d'
print(s, len(s))
print(repr('\q'))
print(repr('\d\w\s'), len('\d\w\s'))
print(repr(r'\d'), r'\d' == '\\d')
print('done')
