a = 'a' 'b' "c"
b = ('multi'
     'line'
     "concat")
c = u'x' 'y'
d = 'x' u'y'
e = r'\n' '\n'
f = '' ''
