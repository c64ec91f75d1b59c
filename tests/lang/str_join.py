# str.join.
print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y', 'z']))
print(' - '.join(('one', 'two')))
print('|'.join('abc'))
print(','.join([]))
print(','.join(['only']))
print('\n'.join(['line1', 'line2']))
d = {'k1': 1, 'k2': 2}
print('+'.join(d))
print(', '.join(map(str, [1, 2, 3])))
print('ab'.join(['1', '2', '3']))
print(''.join(reversed('stressed')))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    ','.join(['a', None])
except TypeError as e:
    print('TypeError:', e)
try:
    ','.join(5)
except TypeError as e:
    print('TypeError:', e)
try:
    ','.join([b'a'])
except TypeError as e:
    print('TypeError:', e)
