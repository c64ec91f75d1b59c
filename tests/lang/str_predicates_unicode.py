# is* predicates on non-ASCII characters.
samples = ['é', '²', '½', '٣', 'Ⅷ', '一', 'Ǆ', 'ǅ', 'a\u0301', '\u00a0', '\u2028', '\u200b',
           'ñandú', 'Σίσυφος', 'ＡＢＣ', '１２３', '\u3000', '变量', 'x²', '\x85', '🙂']
for s in samples:
    print(ascii(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier(),
          s.isprintable(), s.isascii())
letters = 0
numbers = 0
for ch in 'Ωmega ½ ٣ 五 Ⅻ x²':
    if ch.isalpha():
        letters += 1
    if ch.isnumeric():
        numbers += 1
print(letters, numbers)
print('变量_1'.isidentifier(), 'ñ'.isidentifier(), '٣x'.isidentifier(), 'x٣'.isidentifier())
print('Ⅻ'.isupper(), 'ⅻ'.islower(), '²'.isdecimal(), '٣'.isdecimal(), '五'.isnumeric(), '五'.isdigit())
