# Error cases of split, rsplit, splitlines, partition.
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
s = 'a b c'
show(lambda: s.split(''))
show(lambda: s.rsplit(''))
show(lambda: s.split(1))
show(lambda: s.split(b' '))
show(lambda: s.rsplit(sep=2))
show(lambda: s.split(' ', 'x'))
show(lambda: s.split(' ', 1.0))
show(lambda: s.split(' ', 2 ** 70))
show(lambda: s.split(None, None))
show(lambda: s.split(' ', 1, 2))
show(lambda: s.rsplit(' ', 1, 2))
show(lambda: s.split(sep=' ', maxsplit=1))
show(lambda: s.splitlines(1, 2))
show(lambda: s.partition(''))
show(lambda: s.rpartition(''))
show(lambda: s.partition(1))
show(lambda: s.partition())
show(lambda: s.rpartition('x', 'y'))
show(lambda: s.splitlines(keepends=True))
show(lambda: 'a\nb'.splitlines(2))
show(lambda: 'a\nb'.splitlines(0))
show(lambda: 'a\nb'.splitlines(None))
