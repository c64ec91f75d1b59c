# A singly linked list class with iteration, len, indexing, repr and errors.
class _Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)

    def push_front(self, v):
        self.head = _Node(v, self.head)
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return 'LinkedList([' + ', '.join(repr(v) for v in self) + '])'

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


ll = LinkedList([1, 2, 3])
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll)
ll.reverse()
print(ll, ll.pop_front(), ll, sum(ll), sorted(ll))
print(LinkedList('abc') == LinkedList(['a', 'b', 'c']), LinkedList() == LinkedList([None]))
print(LinkedList(), bool(LinkedList()), bool(ll))
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
empty = LinkedList()
try:
    empty.pop_front()
except IndexError as e:
    print('IndexError:', e)
try:
    ll.head.extra = 1
except AttributeError as e:
    print('AttributeError:', e)
