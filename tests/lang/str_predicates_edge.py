# is* predicates on edge cases.
samples = ['', ' ', 'a', 'A', '1', '1.5', '-1', '½', '²', '٣', 'Ⅻ', 'a b', 'abc123', 'ABC', 'Abc', 'aBC',
           'Hello World', 'Hello world', '_', '_x1', '1x', 'if', 'None', 'x-y', '\t\n', '\x00', '\x7f',
           'é', 'É', 'ǅ', 'ǅa', 'Σσ', '𝐀', '🙂', 'a\u0301', '\u00ad', '\u200b', '\ufeff', '\U000e0001']
for s in samples:
    print(ascii(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print('A1'.isupper(), 'a1'.islower(), '1'.isupper(), 'A B'.istitle(), 'A  B'.istitle(), 'AB'.istitle())
print('Ab Cd'.istitle(), 'Ab cd'.istitle(), 'ǅa'.istitle(), 'aǅ'.istitle(), "Don'T".istitle(), "Don't".istitle())
print('𝟘𝟙'.isdecimal(), '𝟘𝟙'.isdigit(), '①'.isdigit(), '①'.isdecimal(), '①'.isnumeric(), '〇'.isnumeric())
print('ⅰ'.isalpha(), 'ⅰ'.islower(), 'ⓐ'.isalpha(), 'ⓐ'.islower(), 'ª'.islower(), 'ʰ'.islower())
print('変数'.isidentifier(), 'ｘ'.isidentifier(), '℘'.isidentifier(), '·'.isidentifier(), 'a·'.isidentifier())
