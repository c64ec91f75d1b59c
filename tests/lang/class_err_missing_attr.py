# Uncaught AttributeError with a "Did you mean" suggestion from an instance method.
class Inventory:
    def __init__(self):
        self.items = {}
        self.capacity = 10

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def report(self):
        used = sum(self.items.values())
        return '%d/%d used' % (used, self.capacity)

    def overflow(self):
        return sum(self.items.values()) > self.capacity


inv = Inventory()
inv.add('bolt', 4).add('nut', 3)
print(inv.report(), inv.overflow())
try:
    inv.remove('bolt')
except AttributeError as e:
    print('AttributeError:', e)
try:
    Inventory.count
except AttributeError as e:
    print('AttributeError:', e)
try:
    inv.items.add('x')
except AttributeError as e:
    print('AttributeError:', e)
try:
    None.items
except AttributeError as e:
    print('AttributeError:', e)


class Warehouse(Inventory):
    def fullness(self):
        return len(self.item) / self.capacity


w = Warehouse()
w.add('crate', 1)
print(w.report())
print(w.fullness())
