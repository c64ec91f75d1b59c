# partition and rpartition.
print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('novalue'.partition('='))
print('novalue'.rpartition('='))
print(''.partition('x'), ''.rpartition('x'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
print('abc'.partition('abc'), 'abc'.partition('c'), 'abc'.rpartition('a'))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.rpartition(None)
except TypeError as e:
    print('TypeError:', e)
