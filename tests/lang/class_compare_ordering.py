# Rich comparisons: __lt__/__le__/__gt__/__ge__, reflection, sorting, min/max.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
        self.text = text

    def __repr__(self):
        return 'V' + self.text

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts


vs = [Version(t) for t in ['1.10', '1.2', '0.9.9', '1.2.0', '2', '1.9']]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
a, b = Version('1.2'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a)


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print('  %d.__lt__(%d)' % (self.n, other.n))
        return self.n < other.n

    def __gt__(self, other):
        print('  %d.__gt__(%d)' % (self.n, other.n))
        return self.n > other.n


print(Loud(1) < Loud(2))
print(Loud(1) > Loud(2))
print(sorted([Loud(3), Loud(1), Loud(2)], key=lambda x: x.n)[0].n)


class OnlyLt:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


print(OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print('TypeError:', e)
try:
    Version('1') < 3
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([Version('1'), 'text'])
except TypeError as e:
    print('TypeError:', e)
print(a < b < Version('3'), Version('1') < Version('2') > Version('0'))
print([v.text for v in sorted(vs) if v >= Version('1.2')])
