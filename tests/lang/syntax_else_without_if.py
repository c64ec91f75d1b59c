# An else clause with no matching if.
x = 1
print(x)
else:
    print('no')
