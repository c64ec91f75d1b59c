a = x and y
b = x or y
c = x and y or z
d = x or y and z
e = not x and not y
f = a and b and c or d or e
