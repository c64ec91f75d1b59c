s = 'abcdefgh'
print(s[1:5], s[::2], s[::-1], s[-3:], s[:-3], s[1:-1:2])
l = list(range(10))
l[2:4] = ['x']
del l[::3]
