# ChainMap: lookups through several maps, writes to the first, children and parents.
from collections import ChainMap

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), 'a' in cm, 'z' in cm)
print(cm.get('z'), cm.get('a', 0), bool(cm), bool(ChainMap()), bool(ChainMap({})), ChainMap())
cm['d'] = 4
del cm['b']
print(over, base, cm['b'], cm.maps)
child = cm.new_child()
child['a'] = 'child a'
print(child, child.parents, child.parents.parents, child.new_child({'x': 1}).maps[0])
print(cm.new_child(m={'p': 1}, q=2).maps[0], cm.new_child(k=3).maps[0])
cp = cm.copy()
cp['new'] = 1
print('new' in cm, type(cp).__name__, cp.maps[1] is cm.maps[1])
print(cm | {'z': 26}, {'z': 26} | cm, ChainMap.fromkeys('ab', 0))
cm |= {'merged': True}
print(cm.maps[0], cm.pop('merged'), cm.pop('gone', 'default'), cm.popitem(), cm.maps[0])
for fn in (lambda: ChainMap({})['missing'], lambda: ChainMap({}, {'k': 1}).pop('k'),
           lambda: ChainMap({}).popitem(), lambda: ChainMap({}, {'k': 1}).__delitem__('k')):
    try:
        fn()
    except KeyError as e:
        print('KeyError:', e)


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return 'default for %s' % key


dc = DefaultChain({'a': 1})
print(dc['a'], dc['zz'], dc)
loop = ChainMap({})
loop.maps[0]['self'] = loop
print(loop)
import collections.abc
print(isinstance(cm, collections.abc.MutableMapping), dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
