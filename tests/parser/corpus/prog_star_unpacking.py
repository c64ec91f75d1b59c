first, *rest = [1, 2, 3]
*init, last = range(5)
print(*rest, sep=', ')
def f(*args, **kwargs):
    return g(*args, **kwargs, extra=1)
merged = [*rest, *init]
d = {**{'a': 1}, 'b': 2}
