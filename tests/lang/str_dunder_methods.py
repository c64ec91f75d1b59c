# Dunder methods of str called directly.
s = 'abc'
print(s.__len__(), s.__getitem__(1), s.__getitem__(slice(0, 2)), s.__contains__('bc'), s.__contains__(''))
print(s.__add__('d'), s.__mul__(2), s.__rmul__(3), s.__mod__(()), '%s!'.__mod__('x'), s.__rmod__('%s'))
print(s.__eq__('abc'), s.__eq__(1), s.__ne__('x'), s.__lt__('b'), s.__le__(1), s.__gt__('a'), s.__ge__('abd'))
print(s.__hash__() == hash('abc'), s.__str__(), s.__repr__(), s.__format__(''), s.__format__('>5'))
print(s.__getnewargs__(), type(s.__iter__()).__name__, list(s.__iter__()), 'é'.__iter__().__next__())
print(str.__len__('xy'), str.__add__('a', 'b'), str.upper('q'), str.__getitem__('xyz', -1))
it = iter('hé')
print(next(it), next(it), next(it, 'done'), it.__length_hint__())
it2 = iter('abcd')
next(it2)
print(it2.__length_hint__(), list(it2), it2.__length_hint__())
def show(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: s.__add__(1))
show(lambda: s.__mul__('x'))
show(lambda: s.__contains__(1))
show(lambda: s.__format__(1))
show(lambda: s.__format__('d'))
show(lambda: s.__getitem__('x'))
show(lambda: str.upper(1))
show(lambda: str.__len__(1))
show(lambda: str.join())
