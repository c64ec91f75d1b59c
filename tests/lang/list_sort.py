# sort with key and reverse; stability.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
pairs.sort()
print(pairs)
recs = [('ann', 30), ('bob', 25), ('cat', 30), ('dan', 25), ('eve', 35)]
recs.sort(key=lambda r: r[1])
print(recs)
floats = [2.5, -1, 3, 0.0, -0.5, 10]
floats.sort()
print(floats)
floats.sort(key=abs)
print(floats)
e = []
e.sort()
print(e)
mixed = [3, 'a', 1]
try:
    mixed.sort()
except TypeError as ex:
    print('TypeError:', ex)
try:
    [1, 2].sort(lambda x: x)
except TypeError as ex:
    print('TypeError:', ex)
nested = [[3, 1], [1, 2], [3, 0], [1]]
nested.sort()
print(nested)
big = list(range(50, 0, -3))
big.sort(key=lambda x: (x % 5, x))
print(big)
