# Error inside an expression that spans several lines.
def combine(a, b, c):
    return a + b + c


values = {'a': 1, 'b': 2}
result = combine(
    values['a'],
    values['b'],
    values['c'],
)
print(result)
