# Subclassing dict: __missing__, attribute access, overridden __setitem__.
class Defaulting(dict):
    def __missing__(self, key):
        print('  __missing__', key)
        return 'default-%s' % (key,)


d = Defaulting(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, len(d))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c['q'])


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, isinstance(ad, dict))
try:
    ad.missing
except AttributeError as e:
    print('AttributeError:', e)


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


u = Upper()
u['abc'] = 1
u.update(xyz=2)
print(u, type(u.copy()).__name__)


class Ordered(dict):
    def __repr__(self):
        return 'Ordered{' + ', '.join('%s->%s' % kv for kv in self.items()) + '}'


o = Ordered([('b', 2), ('a', 1)])
o['c'] = 3
del o['b']
print(o, list(o), o == {'a': 1, 'c': 3})
print(Defaulting({'k': 'v'}) | {'j': 1}, type(Defaulting() | {}).__name__)
try:
    Counter()['x'] = Counter()['y'] + 'z'
except TypeError as e:
    print('TypeError:', e)
try:
    Ordered()[[1]] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    Defaulting().pop('nothing')
except KeyError as e:
    print('KeyError:', e)
