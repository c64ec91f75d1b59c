# Unpacking errors.
def show(label, f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)
def too_many():
    a, b = 1, 2, 3
def too_few():
    a, b, c = [1, 2]
def one_few():
    a, b = [1]
def empty():
    a, = []
def not_iter():
    a, b = 5
def none_iter():
    a, b = None
def starred_few():
    a, b, *c = [1]
def starred_few2():
    a, *b, c, d = 'xy'
def str_many():
    a, b = 'abc'
def dict_unpack():
    a, b = {'x': 1}
def nested():
    a, (b, c) = 1, (2, 3, 4)
show('too_many', too_many)
show('too_few', too_few)
show('one_few', one_few)
show('empty', empty)
show('not_iter', not_iter)
show('none_iter', none_iter)
show('starred_few', starred_few)
show('starred_few2', starred_few2)
show('str_many', str_many)
show('dict_unpack', dict_unpack)
show('nested', nested)
show('gen', lambda: print(*5))
