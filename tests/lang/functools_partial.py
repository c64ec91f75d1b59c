# functools.partial: stored arguments, keyword merging, nesting, attributes, repr, errors.
from functools import partial


def show(a, b, c=3, *rest, d=4, **kw):
    return (a, b, c, rest, d, sorted(kw.items()))


p = partial(show, 1)
print(p(2), p(2, 5, 6, 7), p(b=2), p(2, d=9, z=0))
q = partial(show, 1, 2, d=5, e=6)
print(q(), q(3, d=7), q(d=8, e=9, f=10), q.args, q.keywords, q.func is show)
nested = partial(partial(q, 3), 4, e=0)
print(nested(), nested.func is show, nested.args, nested.keywords)
print(partial(max, 5)(3, 9), partial(sorted, key=len)(['ccc', 'a', 'bb']), partial(int, base=16)('ff'))
print(repr(partial(max)), repr(partial(max, 1, key=abs)), repr(partial(divmod, 7)))
print(list(map(partial(pow, 2), range(6))), partial(print, sep='-')('a', 'b') is None)
r = partial(len)
r.label = 'length'
print(r.label, r.__dict__, partial(r, 'abc')(), type(partial(r)).__name__)
cell = partial(list)
cell2 = partial(cell, [1])
print(cell2.func is list, partial(cell2)())
loop = partial(max, 1)
loop.__setstate__((max, (loop,), {}, None))
print(repr(loop))


class Method:
    cb = partial(show, 'class attr')


print(Method().cb('b'))


class P(partial):
    def __call__(self, *args, **kw):
        return ('wrapped', super().__call__(*args, **kw))


print(P(show, 1)(2), repr(P(max, 2)), isinstance(P(max), partial))
for label, fn in [('no args', lambda: partial()), ('not callable', lambda: partial(5)),
                  ('too many', lambda: partial(show, 1, 2, 3, d=1)(x=1, d=2, a=0)),
                  ('missing', lambda: partial(show)()), ('set func', lambda: setattr(p, 'func', max)),
                  ('set args', lambda: setattr(p, 'args', ())), ('dup kw', lambda: partial(show, a=1)(2, 3)),
                  ('bad state', lambda: partial(max).__setstate__((1, 2)))]:
    try:
        print(label, fn())
    except (TypeError, AttributeError) as e:
        print(label, '->', type(e).__name__ + ':', e)
