# List comparison and equality.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [] == [], [1] == [1.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, [2, 3]] < [1, [2, 4]], ['a', 'b'] <= ['a', 'b'], [3] >= [3, 0])
print([1, 2] == (1, 2), [1] == 1)
a = [1, 2, 3]
b = [1, 2, 3]
print(a == b, a is b, a is not b)
nan = float('nan')
l = [nan]
print(l == l, [nan] == [nan], l == [float('nan')])
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print('TypeError:', e)
try:
    [1] < (1,)
except TypeError as e:
    print('TypeError:', e)
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
