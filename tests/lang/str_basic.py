# Basic string operations: concatenation, repetition, length, membership.
s = 'hello'
t = 'world'
print(s + ' ' + t)
print(s * 3, 3 * s, s * 0, s * -1)
print(len(s), len(''), len(s + t))
print('ell' in s, 'xyz' in s, '' in s, 'h' not in s)
print(s[0], s[-1], s[1:3], s[::-1])
print(s == 'hello', s != t, s < t, s > t, 'a' < 'b' < 'c')
print('abc' < 'abd', 'abc' < 'ab', '' < 'a', 'Z' < 'a')
print(str(), str(12), str(1.5), str(None), str([1, 'a']))
print(repr(s), repr('a\nb'), repr("'"))
u = s
u += '!'
print(u, s)
u *= 2
print(u)
print(min(s), max(s), sorted(s))
print(list(s), tuple('ab'))
count = 0
for ch in s:
    count += 1
print(count)
print(s.__len__(), s.__contains__('ll'), s.__getitem__(1))
print(ord('a'), chr(98), ''.join(['x', 'y']))
print(type(s) is str, isinstance(s, str))
