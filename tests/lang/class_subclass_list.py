# Subclassing list: extra methods, overridden append, super() calls, slicing type.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        if not self:
            raise IndexError('peek at empty stack')
        return self[-1]


s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__, type(s[:]).__name__, type(s + [9]).__name__)
print(s == [1, 2], sorted(Stack([3, 1, 2])), list(reversed(Stack('ab'))))
try:
    Stack().peek()
except IndexError as e:
    print('IndexError:', e)


class Logged(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, x):
        self.log.append('append %r' % (x,))
        super().append(x)

    def __setitem__(self, i, v):
        self.log.append('set %r=%r' % (i, v))
        super().__setitem__(i, v)


lg = Logged([1, 2])
lg.append(3)
lg[0] = 'first'
lg.extend([4, 5])
lg += [6]
print(lg, lg.log)


class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, x):
        i = 0
        while i < len(self) and self[i] < x:
            i += 1
        self.insert(i, x)

    def __repr__(self):
        return 'Sorted(' + super().__repr__() + ')'


so = Sorted([5, 1, 4])
so.add(3)
so.add(0)
so.add(9)
print(so, so.index(4), 4 in so, so.count(1))
so.attr = 'instances have a __dict__'
print(so.attr)
print(Sorted() == [], bool(Sorted()), Sorted('cab'))
try:
    so.add('x')
except TypeError as e:
    print('TypeError:', e)
