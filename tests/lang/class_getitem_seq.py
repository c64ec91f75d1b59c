# __getitem__ with ints and slices; iteration and `in` via the old sequence protocol.
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('square index out of range')
        return i * i


s = Squares(6)
print(s[0], s[5], s[-1], s[2:5], s[::2], s[::-1], s[-2:])
print(list(s), 16 in s, 17 in s, sorted(s, reverse=True))
print(list(reversed(s)), sum(s), max(s))
a, b, *rest = s
print(a, b, rest)
try:
    s[6]
except IndexError as e:
    print('IndexError:', e)


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1], r['k'], r[1, 2], r[1:2], r[::3], r[1:2, 3], r[...])
sl = r[1:10:2]
print(sl.start, sl.stop, sl.step, sl.indices(5))


class Letters:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        print('  getitem', i)
        return 'abcd'[i]


print(list(Letters()))
print('c' in Letters())
for ch in Letters():
    if ch == 'b':
        break


class Mapping:
    def __getitem__(self, k):
        raise KeyError(k)


try:
    Mapping()['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    Squares(3)['x']
except TypeError as e:
    print('TypeError:', e)


class NoGet:
    pass


try:
    NoGet()[0]
except TypeError as e:
    print('TypeError:', e)
