# The iterator protocol: __iter__ returning self, __next__, StopIteration, reuse.
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

c = Countdown(3)
print(list(c), list(c))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)

class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return DeckIter(self.cards)

class DeckIter:
    def __init__(self, cards):
        self.cards, self.i = cards, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        self.i += 1
        return self.cards[self.i - 1]

d = Deck(['A', 'K', 'Q'])
print(list(d), list(d), [x + y for x in d for y in d if x < y])
print(dict(zip(d, range(3))), sorted(d), ''.join(d), tuple(enumerate(d)))
a, b, c = d
print(a, b, c)

class Pairs:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield (i, i * i)

print(dict(Pairs(4)), max(Pairs(3)))

class BadIter:
    def __iter__(self):
        return 42

try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print('TypeError:', e)

class NoNext:
    def __iter__(self):
        return self

try:
    list(NoNext())
except TypeError as e:
    print('TypeError:', e)
try:
    next(Deck([]))
except TypeError as e:
    print('TypeError:', e)
