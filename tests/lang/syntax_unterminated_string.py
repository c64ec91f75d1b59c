# A string literal left open at the end of the line.
print('never printed')
name = 'unterminated
print(name)
