# Generator expressions passed to builtins and constructors.
words = ['delta', 'Alpha', 'charlie', 'bravo', 'Echo', 'alpha']
print(sum(len(w) for w in words), min(w.lower() for w in words), max((len(w), w) for w in words))
print(sorted(w.lower() for w in words), list(reversed(sorted(set(w.lower() for w in words)))))
print(any(w.isupper() for w in words), all(w.isalpha() for w in words))
print(dict((w, len(w)) for w in words if len(w) == 5))
print(tuple(w[0] for w in words), list(enumerate(w[:2] for w in words))[:3])
print(''.join(w[0].upper() for w in words), '-'.join(str(i) for i in range(4)))
print(list(zip((i * i for i in range(10)), 'abc')))
print(set(len(w) for w in words) == {4, 5, 7}, frozenset(x % 3 for x in range(10)) == {0, 1, 2})
print(sorted((w for w in words), key=lambda w: (len(w), w)))
print(list(map(str.upper, (w for w in words if w.startswith('a')))))
print(list(filter(None, (x % 4 for x in range(9)))))
print(max((x for x in []), default='empty'), min((x for x in [3, 1, 2]), default=0))
print(sum((x * 0.1 for x in range(10))), round(sum(x * 0.1 for x in range(10)), 6))
print(sum((list(range(i)) for i in range(4)), []))
s = 'the cat sat on the mat'
print(sum(1 for c in s if c == 't'), sum(c == 'a' for c in s))
try:
    max(x for x in [])
except ValueError as e:
    print('ValueError:', e)
try:
    sum(w for w in words)
except TypeError as e:
    print('TypeError:', e)
try:
    dict(w for w in words)
except ValueError as e:
    print('ValueError:', e)
try:
    sorted(x for x in [1, 'a'])
except TypeError as e:
    print('TypeError:', e)
