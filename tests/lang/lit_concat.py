# Adjacent string literal concatenation.
print('a' 'b' 'c')
print("a" 'b' """c""" '''d''')
s = ('first '
     'second '
     "third")
print(s)
print(len('ab' 'cd'))
print('x' r'\n' 'y')
b = (b'one'
     b'two')
print(b)
print('abc' 'def' == 'abcdef')
print(('a'
       # a comment between parts
       'b'))
t = ('1'
     '2', '3')
print(t)
print('' '' '')
print(repr('' ''))
msg = 'multi' \
      'line'
print(msg)
