# sum, abs, round, divmod, pow.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum((0.5, 0.5)), sum(range(10), start=5))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([True, True, False]))
print(sum([1, 2.5]), sum([10 ** 20, 1]), sum([0.1] * 3))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 30))
print(round(2.675, 2), round(-0.5), round(1.5), round(7), round(7.12345, 3), round(-7.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, 8, 10), pow(2.0, 3), pow(-2, 3), pow(2, -3), pow(10, 20, 7))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    sum([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    abs(None)
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    round(1.5, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    sum(5)
except TypeError as e:
    print('TypeError:', e)
