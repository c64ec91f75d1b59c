# Key equality: 1 == 1.0 == True, tuples, frozensets, -0.0.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d[0] = 'zero'
d[-0.0] = 'negzero'
d[False] = 'false'
print(d)
print(d[0.0], d[1])
t = {(1, 2): 'a', (1, (2, 3)): 'b', frozenset([1, 2]): 'c'}
print(t[(1, 2)], t[1, (2, 3)], t[frozenset([2, 1])])
print(2 ** 64 in {2 ** 64: 1}, float(2 ** 64) in {2 ** 64: 1})
nan = float('nan')
n = {nan: 1}
print(nan in n, float('nan') in n)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999])
for i in range(0, 1000, 2):
    big[i] = -i
print(len(big), list(big)[495:505])
