a = {1, 2, 3}
b = {3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {*a, *b})
a |= b
a -= {1}
