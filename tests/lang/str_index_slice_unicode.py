# Indexing and slicing of strings with characters of 1 to 4 UTF-8 bytes.
s = 'aé€😀bß😁c'
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[-2], s[-5])
for start in (None, 0, 1, 3, -3, 7, 20, -20):
    for stop in (None, 0, 2, 4, -1, 8, 20):
        print(start, stop, ascii(s[start:stop]))
for step in (1, 2, 3, -1, -2, -3, 7, -7):
    print(step, ascii(s[::step]), ascii(s[1::step]), ascii(s[-2::step]), ascii(s[1:6:step]))
out = ''
i = 0
while i < len(s):
    out = s[i] + out
    i += 1
print(ascii(out), out == s[::-1])
i = len(s) - 1
acc = []
while i >= 0:
    acc.append(ord(s[i]))
    i -= 2
print(acc)
long = ('αβγ😀' * 50) + 'end'
print(len(long), long[199], long[200:], long[-4], ascii(long[3::50]), ascii(long[-1::-67]))
for idx in (9, -10, 2 ** 63, 'x', 1.0, None):
    try:
        print(s[idx])
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    print(s[1:2:0])
except ValueError as e:
    print('ValueError:', e)
