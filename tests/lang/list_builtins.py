# Builtins applied to lists.
a = [4, -2, 7, 0, 3]
print(len(a), sum(a), min(a), max(a), sorted(a), sorted(a, reverse=True))
print(list(reversed(a)), a)
print(any(a), all(a), any([]), all([]), any([0, '', None]), all([1, 'x', [0]]))
print(list(enumerate(a)), list(enumerate(a, 1)))
print(list(zip(a, 'abcde')), list(zip(a, [1, 2])))
print(list(map(abs, a)), list(filter(None, a)), list(filter(lambda x: x > 0, a)))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25], 1))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(sorted(['b', 'A', 'c'], key=str.upper))
print(a.index(max(a)), a.count(0))
print(str(a), repr(a), bool([]), bool([0]))
s = [3, 1, 2]
t = sorted(s)
print(s, t, s is t)
r = reversed(s)
print(next(r), next(r), next(r), next(r, 'end'))
