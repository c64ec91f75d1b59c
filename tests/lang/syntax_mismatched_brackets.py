# Closing bracket does not match the opening one.
x = [1, 2, (3, 4]]
print(x)
