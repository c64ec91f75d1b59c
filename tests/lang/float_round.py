# round() with floats: banker's rounding and ndigits.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.4999, 2.675, 1.005, 0.125, 0.375):
    print(v, round(v), round(v, 2), round(v, 1))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1))
print(round(1234.5678, -2), round(-1234.5678, 1), round(5.5, -1), round(15.0, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e20), round(1e300, -299))
print(round(0.0), round(-0.0, 1))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(round(float('inf'), 2), round(float('nan'), 1))
try:
    round(1.5, 1.5)
except TypeError as e:
    print('TypeError:', e)
