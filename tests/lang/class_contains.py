# The `in` operator: __contains__, fallback to __iter__, then to __getitem__.
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        print('  __contains__', x)
        return self.lo <= x < self.hi


r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r)


class Truthy:
    def __contains__(self, x):
        return 'yes'


print(1 in Truthy(), 1 not in Truthy())


class IterOnly:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print('  __iter__')
        return iter(self.items)


print('b' in IterOnly('abc'), 'z' in IterOnly('abc'))


class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 10


print(20 in GetItemOnly(), 25 in GetItemOnly())


class Words:
    def __init__(self, text):
        self.words = text.split()

    def __contains__(self, w):
        return w.lower() in (x.lower() for x in self.words)


w = Words('The quick Brown fox')
print('brown' in w, 'QUICK' in w, 'dog' in w)


class Nothing:
    pass


try:
    1 in Nothing()
except TypeError as e:
    print('TypeError:', e)


class Raises:
    def __contains__(self, x):
        raise ValueError('cannot test %r' % (x,))


try:
    'q' in Raises()
except ValueError as e:
    print('ValueError:', e)
try:
    5 in Range2('a', 'z')
except TypeError as e:
    print('TypeError:', e)
