# Class-level state shared between instances: counters, id allocation, registries.
class Ticket:
    _next_id = 1
    issued = []

    def __init__(self, owner):
        self.id = Ticket._next_id
        Ticket._next_id += 1
        self.owner = owner
        Ticket.issued.append(self)

    @classmethod
    def reset(cls):
        cls._next_id = 1
        cls.issued = []

    @classmethod
    def by_owner(cls, owner):
        return [t.id for t in cls.issued if t.owner == owner]

    def __repr__(self):
        return '#%d(%s)' % (self.id, self.owner)


for who in ['ann', 'bob', 'ann', 'cid', 'ann']:
    Ticket(who)
print(Ticket.issued, Ticket.by_owner('ann'), Ticket._next_id)
Ticket.reset()
print(Ticket(bob := 'bob'), Ticket.issued)


class VipTicket(Ticket):
    _next_id = 1000


v = VipTicket('vip')
t = Ticket('reg')
print(v, t, VipTicket._next_id, Ticket._next_id)


class Shared:
    data = {}

    def put(self, k, v):
        self.data[k] = v


class Own(Shared):
    def __init__(self):
        self.data = {}


s1, s2, o1 = Shared(), Shared(), Own()
s1.put('a', 1)
o1.put('b', 2)
print(s2.data, o1.data, Shared.data is s2.data)
try:
    Ticket.by_owner()
except TypeError as e:
    print('TypeError:', e)
try:
    print(Ticket.next_id)
except AttributeError as e:
    print('AttributeError:', e)
