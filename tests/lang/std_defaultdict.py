# collections.defaultdict with list, int, set, lambda and nested factories.
from collections import defaultdict

groups = defaultdict(list)
for word in 'apple avocado banana blueberry cherry apricot'.split():
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups), 'q' in groups)
counts = defaultdict(int)
for ch in 'abracadabra':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
tags = defaultdict(set)
for item, tag in [('a', 'x'), ('b', 'y'), ('a', 'z'), ('a', 'x')]:
    tags[item].add(tag)
print({k: sorted(v) for k, v in sorted(tags.items())})
const = defaultdict(lambda: 'N/A', known='yes')
print(const['known'], const['unknown'], sorted(const))


def tree():
    return defaultdict(tree)


t = tree()
t['a']['b']['c'] = 1
t['a']['x'] = 2


def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}


print(to_dict(t))
nofactory = defaultdict()
print(nofactory.default_factory)
try:
    nofactory['missing']
except KeyError as e:
    print('KeyError:', e)
print(counts.get('zzz'), 'zzz' in counts)
copy = counts.copy()
print(type(copy).__name__, copy == counts, isinstance(counts, dict))
try:
    defaultdict('not callable')
except TypeError as e:
    print('TypeError:', e)
dd = defaultdict(list, {'a': [1]})
dd.default_factory = None
try:
    dd['b']
except KeyError as e:
    print('KeyError:', e)
print(repr(defaultdict(int)), repr(defaultdict(list, {1: [2]})))
