# TypeError messages for bad calls.
def two(a, b):
    return a + b
def kw(a, *, b):
    return a
def posonly(a, b, /, c):
    return a
def dflt(a, b=1, c=2):
    return a
def star(a, *args):
    return a
def show(f):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
show(lambda: two(1))
show(lambda: two())
show(lambda: two(1, 2, 3))
show(lambda: two(1, b=2, a=3))
show(lambda: two(1, c=2))
show(lambda: kw(1, 2))
show(lambda: kw(1))
show(lambda: posonly(1, b=2, c=3))
show(lambda: posonly(a=1, b=2, c=3))
show(lambda: dflt())
show(lambda: dflt(1, 2, 3, 4))
show(lambda: star())
show(lambda: star(1, a=2))
show(lambda: two(*[1, 2, 3]))
show(lambda: two(**{'a': 1, 'b': 2, 'c': 3}))
show(lambda: two(1, **{'a': 1}))
show(lambda: two(*5))
show(lambda: two(**[1]))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda x, y=1: 0)())
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: abs(a=1))
n, s, nothing = 5, 'str', None
show(lambda: n())
show(lambda: s())
show(lambda: nothing())
