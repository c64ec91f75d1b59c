# In-place operators update a set and keep its identity.
s = {1, 2, 3}
orig = s
s |= {4, 12}
print(s, s is orig)
s &= {1, 2, 4, 12, 20}
print(s, s is orig)
s -= {2}
print(s, s is orig)
s ^= {1, 5, 13}
print(s, s is orig)
s |= frozenset({100})
print(s, s is orig)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, f is g, g, type(f).__name__)
f &= {1, 3}
print(f, type(f).__name__)
f -= {1}
print(f)
f ^= {9}
print(f, g)
for op in ['|=', '&=', '-=', '^=']:
    t = {1}
    try:
        if op == '|=':
            t |= [2]
        elif op == '&=':
            t &= (1,)
        elif op == '-=':
            t -= 'a'
        else:
            t ^= None
    except TypeError as e:
        print('TypeError:', e)
    print(t)
u = frozenset({1})
try:
    u |= [2]
except TypeError as e:
    print('TypeError:', e)
v = set(range(10))
v &= v
print(v)
v |= v
print(v)
v ^= v
print(v)
w = set(range(5))
w -= w
print(w)
