ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b}
f = lambda x: 'even' if x % 2 == 0 else 'odd'
print(ops['+'](1, 2), f(3))
