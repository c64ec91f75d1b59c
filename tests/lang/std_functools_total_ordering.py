# functools.total_ordering fills in the missing comparison methods.
from functools import total_ordering


@total_ordering
class Card:
    ranks = '23456789TJQKA'

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.ranks.index(self.rank) < self.ranks.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(c) for c in ['KS', '2H', 'TD', 'AC', '9S', 'TH']]
print(sorted(hand), max(hand), min(hand))
a, b = Card('QS'), Card('JH')
print(a > b, a >= b, a <= b, a < b, a == Card('QD'), a != b)
print(Card('5S') >= Card('5H'), Card('5S') <= Card('5H'))


@total_ordering
class Reverse:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return 'R%d' % self.v


print(sorted([Reverse(1), Reverse(3), Reverse(2)]), Reverse(1) >= Reverse(2), Reverse(1) <= Reverse(2))
print('__le__' in vars(Card), '__gt__' in vars(Card), '__ge__' in vars(Card))
try:
    Card('2S') < 5
except TypeError as e:
    print('TypeError:', e)
try:
    Card('2S') >= 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)
