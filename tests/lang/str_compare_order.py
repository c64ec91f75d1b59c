# Comparisons order strings by code point.
words = ['b', 'a', 'B', '', 'ab', 'aa', 'é', 'z', '~', 'ÿ', 'Ā', '€', '\uffff', '😀', '\U0010ffff', '\ud800', '\ue000', 'a\x00']
print(ascii(sorted(words)))
print(ascii(sorted(words, reverse=True)))
pairs = (('a', 'b'), ('b', 'a'), ('a', 'a'), ('a', 'ab'), ('ab', 'a'), ('', 'a'), ('é', 'z'), ('\uffff', '😀'),
         ('\ud7ff', '\ud800'), ('\udfff', '\ue000'), ('Z', 'a'), ('abc', 'abd'))
for x, y in pairs:
    print(ascii(x), ascii(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(min('hello'), max('hello'), min('αβγ'), max('a😀b'), max(['ab', 'b', 'aa']))
print('a' == 'a', 'a' != 1, 'a' == 1, '1' == 1)
for op in ('<', '<=', '>', '>='):
    try:
        if op == '<':
            'a' < 1
        elif op == '<=':
            'a' <= None
        elif op == '>':
            'a' > b'a'
        else:
            'a' >= ['a']
    except TypeError as e:
        print('TypeError:', e)
print(sorted(['B', 'a', 'C'], key=str.lower), sorted(['bb', 'a', 'ccc'], key=len))
