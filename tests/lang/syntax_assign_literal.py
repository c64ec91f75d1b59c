# Assignment to a literal.
x = 1
1 = x
