# Concatenation and repetition of strings.
s = 'ab'
print(s * 0, s * 1, s * 3, 3 * s, s * -2, s * True, s * False, '' * 100, 'é' * 3, '😀' * 2)
print(s + 'cd', '' + s, s + '', 'é' + '😀', s + s + s)
t = 'x'
t += 'y'
t *= 3
print(t, len(t))
acc = ''
for i in range(200):
    acc += str(i % 10)
print(len(acc), acc[:12], acc[-5:])
u = 'é'
for i in range(6):
    u = u + u
print(len(u), u[-1] == 'é', len(u.encode()))
def show(f):
    try:
        print(repr(f()))
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: s + 1)
show(lambda: 1 + s)
show(lambda: s + b'x')
show(lambda: s + None)
show(lambda: s * 'x')
show(lambda: s * 1.5)
show(lambda: 'x' * s)
show(lambda: s * (2 ** 70))
show(lambda: s * (2 ** 62))
show(lambda: [1] + s)
show(lambda: s.__add__(1))
show(lambda: s.__mul__('x'))
show(lambda: s.__rmul__(2))
show(lambda: s.__add__('!'))
