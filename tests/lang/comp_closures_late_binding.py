# Closures created in comprehensions: late binding and the default-argument fix.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
adders = {n: (lambda x, n=n: x + n) for n in range(1, 4)}
print({k: f(10) for k, f in adders.items()})
late = {n: (lambda x: x + n) for n in range(1, 4)}
print({k: f(10) for k, f in late.items()})


def make_multipliers():
    return [lambda x: x * m for m in range(1, 4)]


print([f(2) for f in make_multipliers()])


def make_multipliers_fixed():
    def mk(m):
        return lambda x: x * m
    return [mk(m) for m in range(1, 4)]


print([f(2) for f in make_multipliers_fixed()])
gens = [(x * k for x in range(3)) for k in range(3)]
print([list(g) for g in gens])
gens = [(lambda k: (x * k for x in range(3)))(k) for k in range(3)]
print([list(g) for g in gens])


def counter_factory():
    counts = [0]
    incs = [lambda: counts.__setitem__(0, counts[0] + 1) or counts[0] for _ in range(3)]
    return [f() for f in incs]


print(counter_factory())
names = ['a', 'b']
getters = [lambda: names for _ in range(2)]
names.append('c')
print([g() for g in getters])
handlers = {ev: (lambda ev=ev: 'handling ' + ev) for ev in ['click', 'key']}
print(handlers['click'](), handlers['key']())
try:
    [lambda: undefined_late for _ in range(1)][0]()
except NameError as e:
    print('NameError:', e)
