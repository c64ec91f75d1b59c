# Integer comparisons, including chained and big/small mixes.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(-5 < -4 < -3, 1 < 3 > 2, 1 < 2 < 2)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99))
print(2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 100 + 1)
print(10 ** 20 > 1, -(10 ** 20) < -1, 10 ** 20 == 10 ** 20 + 0)
print(0 == -0, 1 == True, 0 == False)
print(5 == 5.0, 5 < 5.5, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(2 ** 100 == 2.0 ** 100, 2 ** 1000 < float('inf'))
print(1 == 'a', 1 != 'a', 1 == None, 1 == [1])
print(max(3, 10 ** 30, -5), min(3, -(10 ** 30), 5))
print(sorted([3, -1, 2 ** 70, 0, -(2 ** 70), 5]))
for op in ('<', '>', '<=', '>='):
    try:
        if op == '<':
            1 < 'a'
        elif op == '>':
            1 > None
        elif op == '<=':
            [] <= 1
        else:
            1 >= ()
    except TypeError as e:
        print('TypeError:', e)
