a = '\n\t\\\'\"\a\b\f\v\r\0'
b = '\x41\x7f\xff'
c = '\101\7\77\777\400'
d = '\u0041\u00e9\u20ac'
e = '\U0001F600\U00000041'
f = 'line\
continued'
g = '\q\w\8\9'
h = '\ud800\udfff'
