# defaultdict: factories, __missing__, repr, copy, |, subclasses and errors.
from collections import defaultdict

graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (4, 1)]:
    graph[a].add(b)
    graph[b]
print(sorted((k, sorted(v)) for k, v in graph.items()), len(graph))
counts = defaultdict(int)
for w in 'to be or not to be'.split():
    counts[w] += 1
print(counts, counts.default_factory, counts['missing'], 'missing' in counts)
print(counts.get('nope'), 'nope' in counts, counts.__missing__('direct'), counts['direct'])
lists = defaultdict(list, [('a', [1])], b=[2])
lists['c'].append(3)
print(lists, repr(defaultdict()), repr(defaultdict(None, {1: 2})))
print(defaultdict(lambda: 'x').default_factory is not None, defaultdict(dict)['k'])
cp = lists.copy()
cp['d'].append(4)
print(type(cp).__name__, cp.default_factory is list, 'd' in lists, cp == lists)
merged = lists | {'z': [0]}
print(type(merged).__name__, merged, {'y': [9]} | defaultdict(int, a=1))
lists |= {'e': []}
print(sorted(lists))
lists.default_factory = tuple
print(lists['f'], lists.default_factory)
del lists.default_factory
print(lists.default_factory)
try:
    lists['g']
except KeyError as e:
    print('KeyError:', e)
dd = defaultdict(int)
dd['self'] = dd
print(dd)


class Tracking(defaultdict):
    def __missing__(self, key):
        value = len(key)
        self[key] = value
        return value


t = Tracking(None)
print(t['abc'], t['hello'], t, isinstance(t, dict), isinstance(t, defaultdict))


class Fancy(defaultdict):
    pass


f = Fancy(list)
f['x'].append(1)
print(f, type(f.copy()).__name__, f.__reduce__()[:2])
for bad in [(1,), ('abc',), ([],)]:
    try:
        defaultdict(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    defaultdict(list, 1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    defaultdict(list)[[1]]
except TypeError as e:
    print('TypeError:', e)
print(defaultdict.__name__, defaultdict.__module__, defaultdict.__mro__)
