# copy.copy and copy.deepcopy: shared vs independent nested objects, cycles, classes.
import copy

orig = {'nums': [1, 2], 'meta': {'tags': ['a']}, 'n': 1}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['nums'].append(3)
orig['meta']['tags'].append('b')
orig['n'] = 99
print(shallow)
print(deep)
print(shallow['nums'] is orig['nums'], deep['nums'] is orig['nums'], shallow is orig)
lst = [[0] * 2] * 2
dl = copy.deepcopy(lst)
dl[0][0] = 'x'
print(dl, dl[0] is dl[1], lst)
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[2] is cyc, len(dc))
d = {'self': None}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd, dd is d)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
print(copy.copy('s') == 's', copy.deepcopy(5), copy.copy(None))


class Node:
    def __init__(self, v, children=None):
        self.v = v
        self.children = children or []

    def __repr__(self):
        return 'Node(%r, %r)' % (self.v, self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].v = 'changed'
t3 = copy.copy(tree)
t3.v = 'top'
t3.children.append(Node(5))
print(tree)
print(t2)
print(t3.children is tree.children)


class Custom:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print('  __copy__ called')
        return Custom(self.data)

    def __deepcopy__(self, memo):
        print('  __deepcopy__ called')
        return Custom(copy.deepcopy(self.data, memo))


c = Custom([1])
c1, c2 = copy.copy(c), copy.deepcopy(c)
print(c1.data is c.data, c2.data is c.data, c2.data)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
