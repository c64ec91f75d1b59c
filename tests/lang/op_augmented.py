# Augmented assignment on names, subscripts and attributes of mutable containers.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 6
n &= 3; print(n)
n |= 8; print(n)
n ^= 1; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 3
print(lst)
d = {'a': 1}
d['a'] += 1
d['b'] = d.get('b', 0) + 5
d['b'] -= 1
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
orig = [1]
alias = orig
alias += [2]
print(orig, alias is orig)
tup = (1,)
talias = tup
talias += (2,)
print(tup, talias, talias is tup)
calls = []
def key():
    calls.append('key')
    return 0
arr = [100]
arr[key()] += 1
print(arr, calls)
try:
    undefined_var += 1
except NameError as e:
    print('NameError:', e)
try:
    t[0] += 1
except TypeError as e:
    print('TypeError:', e)
try:
    d['zzz'] += 1
except KeyError as e:
    print('KeyError:', e)
