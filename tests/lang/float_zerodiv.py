# Division by zero with floats.
cases = [(1.0, 0.0), (1.0, 0), (1, 0.0), (0.0, 0.0), (-1.5, -0.0)]
for a, b in cases:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('/', type(e).__name__, e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print('//', type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print('%', type(e).__name__, e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print('divmod', type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('**', type(e).__name__, e)
try:
    x = 5.0
    x /= 0
except ZeroDivisionError as e:
    print('/=', e)
print(0.0 ** 0, 0.0 ** 1.5)
