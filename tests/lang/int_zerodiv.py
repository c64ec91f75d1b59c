# Division by zero with integers.
try:
    1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    1 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    2 ** 100 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
x = 10
try:
    x //= 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e, x)
try:
    x %= 0
except ArithmeticError as e:
    print(type(e).__name__, isinstance(e, ArithmeticError))
print(issubclass(ZeroDivisionError, ArithmeticError))
