# Dict error messages.
d = {'a': 1}
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: d['b'])
show(lambda: d[None])
show(lambda: d[[]])
show(lambda: d.pop('x'))
show(lambda: {}.popitem())
show(lambda: dict(1))
show(lambda: dict([('a',)]))
show(lambda: dict(['ab', 'cde']))
show(lambda: dict('a'))
show(lambda: d + d)
show(lambda: d < d)
show(lambda: d.keys() + 1)
show(lambda: d.nope)
show(lambda: dict.fromkeys(5))
show(lambda: d.update(1, 2))
show(lambda: d.setdefault())
show(lambda: d.get('a', 1, 2))
show(lambda: sorted({1: 'a', 'b': 2}))
show(lambda: {}.fromkeys([[]]))
show(lambda: d.values()[0])
def mutate_while_iterating():
    x = {1: 1, 2: 2}
    for k in x:
        x.pop(k)
show(mutate_while_iterating)
print(d)
