# Subclassing str: extra methods, __new__ normalisation, which results keep the type.
class Tag(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().lower())

    def wrap(self):
        return '<%s>' % self


t = Tag('  HTML ')
print(t, repr(t), len(t), t.wrap(), t.upper(), type(t.upper()).__name__)
print(type(t).__name__, t == 'html', 'html' == t, t in ['html'], {'html': 1}[t])
print(type(t + 'x').__name__, type(t[1:]).__name__, type(str(t)).__name__)


class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip('/') + '/' + other)

    @property
    def parts(self):
        return [p for p in self.split('/') if p]

    def __repr__(self):
        return 'Path(%s)' % super().__repr__()


p = Path('/usr') / 'local' / 'bin'
print(p, repr(p), p.parts, p.startswith('/usr'), p.count('/'))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


print(Caseless('Hello') == 'HELLO', 'HELLO' == Caseless('hello'), Caseless('a') != 'A')
words = {Caseless('Key'): 1}
print(words.get(Caseless('KEY')), len({Caseless('x'), Caseless('X')}))


class Shout(str):
    def __str__(self):
        return self.upper() + '!'


s = Shout('hey')
print(s, str(s), '%s' % s, f'{s}', repr(s), s + '?')
print(sorted([Tag('b'), Tag('A'), Tag('c')]), ','.join([Tag('X'), Tag('Y')]))
try:
    Tag(5)
except AttributeError as e:
    print('AttributeError:', e)
try:
    Path('a') / 3
except TypeError as e:
    print('TypeError:', e)
