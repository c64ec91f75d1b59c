# Plain invalid syntax.
print('never printed')
x = 1 +* 2
print(x)
