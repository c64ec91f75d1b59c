# dict methods.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 99))
print(d.setdefault('a', 100), d.setdefault('d', 4), d.setdefault('e'), d)
print(d.pop('e'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
d.update({'x': 10, 'a': -1})
print(d)
d.update([('y', 20)], z=30)
print(d)
d.update(w=0)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 'v'), dict.fromkeys([]))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
c.clear()
print(c, len(c))
print(sorted(d), sorted(d.items()), sorted(d.values()))
for bad in (lambda: d.pop('nope'), lambda: {}.popitem(), lambda: d['missing'],
            lambda: d.update(5), lambda: d.update([1, 2]), lambda: dict([(1, 2, 3)]),
            lambda: d.get(), lambda: {[]: 1}, lambda: d[[1]]):
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
