# Extended slicing on strings and tuples, including negative steps and clamping.
s = '0123456789'
for start in (None, -12, -3, 0, 4, 12):
    for stop in (None, -12, -2, 0, 6, 12):
        for step in (None, 1, 2, -1, -3):
            print(repr(s[start:stop:step]), end=' ')
    print()
t = tuple(range(6))
print(t[::-2], t[4:1:-1], t[-1:-4:-1], t[1:100:2], t[5:-100:-2])
print(s[::len(s)], s[-1::-len(s)], s[3:3], s[7:3])
print('abc'[1:] + 'abc'[:1], 'racecar'[::-1] == 'racecar')
print(s[True:], s[:False], s[2 ** 70:], s[-(2 ** 70):3])
def rotate(s, k):
    if not s:
        return s
    k %= len(s)
    return s[k:] + s[:k]
for k in (0, 1, 3, -1, 10, -13):
    print(k, rotate('abcdef', k), rotate('', k))
word = 'palindrome'
print(word[::2], word[1::2], word[-1::-2], word[::-1][::2])
for w in ('racecar', 'level', 'python', 'a', ''):
    print(repr(w), w == w[::-1])
line = 'key1=val1;key2=val2;key3=val3'
for part in line.split(';'):
    eq = part.find('=')
    print(part[:eq], part[eq + 1:])
