# Sets of small ints (deterministic order) and set methods.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.remove(3)
s.discard(10)
s.discard(1)
print(s)
print(set(), set([5, 5, 1]), set(range(5)), set('aaa'), set((2, 2)))
t = s.copy()
t.add(99)
print(s, t, s is t)
p = t.pop()
print(p, t)
t.clear()
print(t, len(t))
u = {1, 2, 3}
u.update([4, 5], (6,), range(7, 9))
print(u)
try:
    u.remove(100)
except KeyError as e:
    print('KeyError:', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    u[0]
except TypeError as e:
    print('TypeError:', e)
print(bool(set()), bool({0}), {1, 2} == {2, 1}, {1} == [1])
print(sorted({'pear', 'apple', 'fig'}), len({'a', 'b', 'a'}))
print({1.0, 1, True}, {0, False, 0.0})
total = 0
for v in {10, 20, 30}:
    total += v
print(total)
