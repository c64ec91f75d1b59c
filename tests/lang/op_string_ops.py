# Operators on str/bytes/list/tuple sequences.
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 100)
print([1] + [2], [1] * 3, (1,) * 2, (1, 2) + (3,), [] * 3)
print(b'ab' + b'cd', b'ab' * 2, bytearray(b'x') + b'y')
print('b' in 'abc', 'ac' in 'abc', [1] in [[1], 2], (1,) in [(1,)], 1 in (1, 2))
print('abc' < 'abd', 'abc' < 'abcd', [1, 2] < [1, 2, 0], (1, 2) > (1, 1, 9))
print('a' * 3 + 'b' * 2, ('x' + 'y') * 2, 'x' + 'y' * 2)
s = 'ab'
s = s * 2 + s
print(s)
n = [0]
n = n * 3 + [1]
print(n)
print(['a', 'b'] * True, 'z' * False, (0,) * 2 ** 2)
print('%s-%s' % ('a', 'b') + '!', '-'.join('abc') * 2)
print(len('x' * 1000), len([0] * 10000), ('ab' * 500).count('ab'))
try:
    'a' - 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    [1] - [1]
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    (1,) + 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    b'a' + 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' / 2
except TypeError as e:
    print('TypeError:', e)
