# deque iteration, reversed(), mutation during iteration, comparisons, repr, subclasses.
from collections import deque

d = deque(range(5))
it = iter(d)
print(next(it), next(it), it.__length_hint__(), type(it).__name__)
rit = reversed(d)
print(next(rit), list(rit), type(rit).__name__)
for label, mutate in [('append', lambda: d.append(9)), ('pop', d.pop), ('rotate', d.rotate),
                      ('clear', d.clear)]:
    d.extend(range(3))
    it = iter(d)
    next(it)
    mutate()
    try:
        next(it)
    except RuntimeError as e:
        print(label, 'RuntimeError:', e)
d = deque([1, 2, 3])
it = iter(d)
d[0] = 'set'
print(list(it))
it = iter(d)
print(list(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('after end RuntimeError:', e)
d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.appendleft(0)
except RuntimeError as e:
    print('loop RuntimeError:', e)
print(d)
print(deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]), deque('ab') >= deque('ab'))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == deque([2, 1]), deque([]) == deque())
try:
    deque([1]) < deque(['a'])
except TypeError as e:
    print('TypeError:', e)
try:
    deque([1]) < [1]
except TypeError as e:
    print('TypeError:', e)
r = deque([1])
r.append(r)
print(r, deque([[1, 2], (3,), 'x', None]))


class Stack(deque):
    def push(self, x):
        self.append(x)

    def __repr__(self):
        return 'Stack' + repr(list(self))


s = Stack([1, 2])
s.push(3)
print(s, len(s), s.pop(), isinstance(s, deque), type(s.copy()).__name__, type(s + s).__name__)


class Tagged(deque):
    pass


t = Tagged('ab', maxlen=3)
t.tag = 'hello'
print(t, t.tag, t.maxlen, t.copy(), type(t * 2).__name__, t == deque('ab'))
print(deque.__name__, deque.__module__, deque.__qualname__, deque)
print(deque([1, 2]).__reduce__()[:3], deque([1], 4).__reduce__()[:3])
print(deque([1, 2, 3]).__copy__(), [x * 2 for x in deque(range(4))])
