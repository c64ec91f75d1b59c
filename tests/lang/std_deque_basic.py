# collections.deque: appends and pops at both ends, extend, indexing, iteration.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([10, 20])
print(d, list(d), list(reversed(d)))
print(d.count('a'), d.index(2), 'b' in d, 'z' in d)
d.remove('a')
d.insert(1, 'ins')
print(d)
d[0] = 'first'
del d[1]
print(d, d.copy(), d == deque(d), d == list(d))
d.reverse()
print(d)
d.clear()
print(d, bool(d), deque(), deque('hello'), deque(range(3)))
q = deque()
for job in ['j1', 'j2', 'j3']:
    q.append(job)
while q:
    print('processing', q.popleft(), 'remaining', len(q))
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) < deque([1, 3]))
errors = [
    ('pop empty', lambda: deque().pop()),
    ('popleft empty', lambda: deque().popleft()),
    ('index out of range', lambda: deque([1])[5]),
    ('remove missing', lambda: deque([1]).remove(2)),
    ('index missing', lambda: deque([1]).index(2)),
    ('slice', lambda: deque([1, 2])[0:1]),
    ('hash', lambda: hash(deque())),
]
for label, fn in errors:
    try:
        print(label, fn())
    except (IndexError, ValueError, TypeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
