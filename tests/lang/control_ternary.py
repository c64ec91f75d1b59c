# Conditional expressions.
for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 5
y = 'big' if x > 3 else 'small'
print(y)
print((lambda v: v if v else 'empty')(''))
print([1, 2] if x else [])
print(1 if True else 1 / 0, 2 if False else 3)
def side(label, val):
    print('eval', label)
    return val
r = side('a', 'A') if side('cond', False) else side('b', 'B')
print(r)
s = side('c', 'C') if side('cond2', True) else side('d', 'D')
print(s)
z = (x * 2 if x % 2 else x // 2) + 1
print(z)
print(abs(x) if x is not None else 0)
vals = []
for i in range(6):
    vals.append('fizz' if i % 3 == 0 else i)
print(vals)
print('a' if 0 else 'b' if '' else 'c')
print(not x if x else x)
