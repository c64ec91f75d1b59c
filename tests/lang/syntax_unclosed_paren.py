# A syntax error is reported before anything runs: nothing is printed.
print('this line never runs')
values = [1, 2, 3]
total = sum(values
print(total)
