# is* predicates.
samples = ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'abc123', '123', '12.5', ' ', ' \t\n', 'a b',
           '_id', 'id_1', '1id', 'class', 'Hello World', 'HELLO WORLD',
           '\x00', 'tab\there', 'A1', 'a-b', '1.0e5', '-1', 'Title Case Words', 'Mixed CASE']
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier(),
          s.isprintable(), s.isascii())
print(''.isdigit(), ''.isspace(), ''.isidentifier(), ''.isprintable(), ''.istitle())
def check_identifier(name):
    if not name.isidentifier():
        return 'invalid'
    if name[0] == '_':
        return 'private'
    return 'public'
for name in ('x', '_x', '2x', 'x-y', 'for', 'ok_name', 'CamelCase', ''):
    print(repr(name), check_identifier(name))
digits = 0
letters = 0
spaces = 0
other = 0
for ch in 'Room 101, floor 3!\tEnd':
    if ch.isdigit():
        digits += 1
    elif ch.isalpha():
        letters += 1
    elif ch.isspace():
        spaces += 1
    else:
        other += 1
print(digits, letters, spaces, other)
