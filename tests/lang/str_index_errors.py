# Indexing errors and immutability of str.
s = 'abc'
print(s[0], s[2], s[-3])
for i in (3, -4, 100):
    try:
        print(s[i])
    except IndexError as e:
        print('IndexError:', e)
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
try:
    s['a']
except TypeError as e:
    print('TypeError:', e)
try:
    s[1.0]
except TypeError as e:
    print('TypeError:', e)
try:
    s.nosuch
except AttributeError as e:
    print('AttributeError:', e)
try:
    s.upper = None
except AttributeError as e:
    print('AttributeError:', e)
try:
    ''[0]
except IndexError as e:
    print('IndexError:', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
print(s[True], s[False])
print(s[:100], s[-100:], s[5:], repr(s[2:1]))
