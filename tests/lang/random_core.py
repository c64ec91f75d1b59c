# _random.Random, the C generator under random.Random.
import _random

r = _random.Random(5)
print(type(r), _random.Random.__name__, _random.Random.__module__)
print(r.random(), r.getrandbits(40))
r.seed(5)
print(r.random())
r.seed('text')       # any hashable seeds through its hash; str hashes vary,
print(0 <= r.random() < 1)
r.seed(2.5)
print(r.random())
r.seed(None)
r.seed()
st = r.getstate()
print(type(st).__name__, len(st), st[-1] <= 624)
r2 = _random.Random()
r2.setstate(st)
print(r.random() == r2.random())


class Mine(_random.Random):
    pass


m = Mine(5)
print(m.random(), isinstance(m, _random.Random))

errors = [
    ('Random(1, 2)', lambda: _random.Random(1, 2)),
    ('Random(x=1)', lambda: _random.Random(x=1)),
    ('seed(1, 2)', lambda: r.seed(1, 2)),
    ('seed(n=1)', lambda: r.seed(n=1)),
    ('seed([])', lambda: r.seed([])),
    ('random(1)', lambda: r.random(1)),
    ('getrandbits()', lambda: r.getrandbits()),
    ('setstate(1)', lambda: r.setstate(1)),
    ('setstate(())', lambda: r.setstate(())),
    ('getstate(1)', lambda: r.getstate(1)),
]
for label, fn in errors:
    try:
        print(label, '=', fn())
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)
