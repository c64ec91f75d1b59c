# List comprehensions: mapping, filtering, expressions, over various iterables.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print([n * n for n in nums])
print([n for n in nums if n > 0])
print([abs(n) for n in nums if n % 2])
print([str(n) for n in range(5)], [c.upper() for c in 'abc'])
print([k for k in {'x': 1, 'y': 2}], [v for k, v in {'x': 1, 'y': 2}.items()])
print([(i, c) for i, c in enumerate('hey')])
print([x if x >= 0 else 0 for x in nums])
print([len(w) for w in 'the quick brown fox'.split()])
print([x for x in range(20) if x % 2 == 0 if x % 3 == 0])
print([None for _ in range(3)], [[] for _ in range(2)])
rows = [[0] * 3 for _ in range(2)]
rows[0][0] = 1
print(rows)
alias = [[0] * 3] * 2
alias[0][0] = 1
print(alias)
print([ord(c) - ord('a') for c in 'hello' if c in 'aeiou'])
print([w[::-1] for w in ['abc', 'de', '']])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([x * y for x, y in zip([1, 2, 3], [4, 5, 6])])
print([f(2) for f in (abs, str, float, bool)])
print([i for i in []], [x for x in (1,)])
print(type([x for x in 'ab']).__name__, len([0 for _ in range(1000)]))
try:
    print([10 // n for n in nums if n < 0] + [10 // n for n in [1, 0]])
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    [x + 1 for x in ['a']]
except TypeError as e:
    print('TypeError:', e)
try:
    [x for x in 42]
except TypeError as e:
    print('TypeError:', e)
