# An assignment expression cannot be used in a comprehension's iterable expression.
print('this file does not compile, so this line never runs')
values = [x for x in (y := [1, 2, 3])]
print(values)
