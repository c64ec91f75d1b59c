# deque argument and value errors, with CPython's messages.
from collections import deque

d = deque([1, 2, 3])


class BadEq:
    def __eq__(self, other):
        raise KeyError('eq')


cases = [
    ('pop empty', lambda: deque().pop()),
    ('popleft empty', lambda: deque().popleft()),
    ('index range', lambda: d[3]),
    ('neg index range', lambda: d[-4]),
    ('str index', lambda: d['a']),
    ('slice', lambda: d[0:2]),
    ('huge index', lambda: d[2 ** 70]),
    ('remove', lambda: d.remove(9)),
    ('index missing', lambda: d.index(9)),
    ('index window', lambda: d.index(3, 0, 2)),
    ('index bad start', lambda: d.index(1, 'x')),
    ('append none', lambda: d.append()),
    ('append two', lambda: d.append(1, 2)),
    ('append kw', lambda: d.append(x=1)),
    ('pop arg', lambda: d.pop(0)),
    ('insert one', lambda: d.insert(0)),
    ('insert str', lambda: d.insert('a', 1)),
    ('index none', lambda: d.index()),
    ('rotate two', lambda: d.rotate(1, 2)),
    ('rotate kw', lambda: d.rotate(n=1)),
    ('rotate str', lambda: d.rotate('1')),
    ('rotate huge', lambda: d.rotate(2 ** 70)),
    ('extend int', lambda: d.extend(5)),
    ('init int', lambda: deque(5)),
    ('init kw', lambda: deque(foo=1)),
    ('init three', lambda: deque([], 1, 2)),
    ('add list', lambda: d + [4]),
    ('radd list', lambda: [4] + d),
    ('add int', lambda: 1 + d),
    ('mul str', lambda: d * 'x'),
    ('rmul str', lambda: 'x' * d),
    ('mul huge', lambda: d * 2 ** 70),
    ('hash', lambda: hash(d)),
    ('remove raising eq', lambda: deque([BadEq()]).remove(1)),
    ('count raising eq', lambda: deque([BadEq()]).count(1)),
    ('contains raising eq', lambda: 1 in deque([BadEq()])),
]
for label, fn in cases:
    try:
        print(label, fn())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


def setitem(i):
    d[i] = 0


for i in (5, 'k'):
    try:
        setitem(i)
    except (IndexError, TypeError) as e:
        print('setitem', type(e).__name__ + ':', e)
try:
    del d[7]
except IndexError as e:
    print('delitem IndexError:', e)
print(d)
