# CPython 3.12 limits int<->str conversion to 4300 decimal digits.
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print('ValueError:', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('ValueError:', e)
print(len(hex(10 ** 5000)), (10 ** 5000) % 1000, (10 ** 5000).bit_length())
print(int('1' * 4300) % 97)
