# copy.deepcopy: independence, shared references, cycles, memo, __deepcopy__.
import copy

shared = [0]
data = {'x': shared, 'y': shared, 't': (shared, 1), 'ft': (1, 'a', None)}
dc = copy.deepcopy(data)
dc['x'].append(1)
print(data, dc, dc['x'] is dc['y'], dc['t'][0] is dc['x'], dc['ft'] is data['ft'])
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
d = {}
d['me'] = d
d['list'] = [d]
dd = copy.deepcopy(d)
print(dd['me'] is dd, dd['list'][0] is dd, dd is not d)
t = ([],)
t[0].append(t)
tt = copy.deepcopy(t)
print(tt[0][0] is tt, tt is not t)


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return 'Node(%s->%s)' % (self.name, [n.name for n in self.links])


n1, n2 = Node('a'), Node('b')
n1.links.append(n2)
n2.links.append(n1)
c1 = copy.deepcopy(n1)
c1.links[0].name = 'B'
print(n1, n2, c1, c1.links[0].links[0] is c1)
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, y1 == x, id(x) in memo)


class Tracked:
    def __init__(self, payload):
        self.payload = payload

    def __deepcopy__(self, memo):
        print('  deepcopy of Tracked, memo has', len(memo) > 0)
        return Tracked(copy.deepcopy(self.payload, memo))


tr = Tracked({'k': [1]})
tc = copy.deepcopy([tr, tr])
print(tc[0] is tc[1], tc[0].payload == tr.payload, tc[0].payload is tr.payload)


class Method:
    def __init__(self):
        self.v = [1]

    def get(self):
        return self.v


m = Method()
bound = copy.deepcopy(m.get)
print(bound(), bound.__self__ is m, bound.__self__.v is m.v)
nested = [[[[[1]]]]]
print(copy.deepcopy(nested), copy.deepcopy(nested)[0][0] is nested[0][0])
tup = (1, 2)
print(copy.deepcopy(tup) is tup, copy.deepcopy(frozenset({1})) == {1}, copy.deepcopy(range(2)))
print(copy.deepcopy(slice(1, [2])), copy.deepcopy([{3}, frozenset({(4,)})]))
s = {1, (2, 3)}
print(copy.deepcopy(s) == s, copy.deepcopy(s) is s, copy.deepcopy(bytearray(b'x')))
