# str.replace.
s = 'the cat sat on the mat'
print(s.replace('at', 'og'))
print(s.replace('the', 'a', 1))
print(s.replace('the', 'a', 0))
print(s.replace('the', 'a', -1))
print(s.replace('xyz', 'abc'))
print(s.replace(' ', ''))
print('aaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'))
print('abc'.replace('', '-', 2))
print(''.replace('', 'x'))
print('abcabc'.replace('b', 'BB'))
print('hello'.replace('l', 'L', 1))
print('ababab'.replace('aba', 'X'))
print('a.b.c'.replace('.', '\n'))
print('x'.replace('x', 'x' * 5))
print('tab\there'.replace('\t', '    '))
try:
    'abc'.replace('a')
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.replace(1, 2)
except TypeError as e:
    print('TypeError:', e)
