# Generators as methods: __iter__ implemented with yield, views, reusable iterables.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        for s in self.songs:
            yield s

    def shuffled(self, order):
        for i in order:
            yield self.songs[i]

    def __reversed__(self):
        i = len(self.songs)
        while i:
            i -= 1
            yield self.songs[i]

    def windows(self, n):
        for i in range(len(self.songs) - n + 1):
            yield tuple(self.songs[i:i + n])


p = Playlist('a', 'b', 'c', 'd')
print(list(p), list(p), list(reversed(p)), 'c' in p)
print(list(p.shuffled([3, 0, 2])), list(p.windows(3)))
it = iter(p)
print(next(it), type(it).__name__)
p.songs.append('e')
print(list(it))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def levels(self):
        level = [self]
        while level:
            yield [n.value for n in level]
            level = [c for n in level for c in n.children]


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), sum(t), list(t.levels()))


class Counter:
    @staticmethod
    def upto(n):
        yield from range(1, n + 1)

    @classmethod
    def named(cls, n):
        for i in cls.upto(n):
            yield '%s-%d' % (cls.__name__, i)


print(list(Counter.upto(3)), list(Counter.named(2)))
try:
    list(Playlist(1, 2).shuffled([5]))
except IndexError as e:
    print('IndexError:', e)
g = p.shuffled([0])
print(g.__qualname__)
