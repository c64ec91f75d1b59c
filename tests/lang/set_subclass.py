# Subclasses of set and frozenset: construction, repr, result types.
class S(set):
    pass
class F(frozenset):
    pass
s = S([3, 1, 2])
f = F([5, 6])
print(s, f, repr(S()), repr(F()))
print(type(s | {9}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {1}).__name__)
print(type(s.copy()).__name__, type(s.union()).__name__, type(f.copy()).__name__, type(f | {1}).__name__)
print(type({1} | s).__name__, type(frozenset() | s).__name__)
s.add(4); s |= {7}
print(s, type(s).__name__, len(s), 4 in s)
print(hash(f) == hash(frozenset([5, 6])), f == frozenset([5, 6]), F(f) is f, frozenset(f) is f)
class S2(set):
    def __init__(self, a, b):
        set.__init__(self, [a, b])
print(S2(1, 2))
class S3(set):
    def __iter__(self):
        return iter([99])
print(S3([1, 2]), list(S3([1, 2])), len(S3([1, 2])))
s.x = 5
print(s.x, s.__reduce__())
try:
    S(1, 2)
except TypeError as e:
    print(e)
try:
    F(1, 2)
except TypeError as e:
    print(e)
try:
    S(a=1)
except TypeError as e:
    print(e)
try:
    F(a=1)
except TypeError as e:
    print(e)
t = S([1])
t.add(frozenset([t.copy().pop()]))
print(sorted(map(str, t)))
class H(set):
    def __hash__(self):
        return 7
h = H([1])
h.add(h)
print(len(h), repr(h) in ('H({1, H(...)})', 'H({H(...), 1})'))
