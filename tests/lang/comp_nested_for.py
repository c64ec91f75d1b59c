# Comprehensions with several for clauses and nested comprehensions.
print([(x, y) for x in range(3) for y in range(x)])
print([x + y for x in 'ab' for y in 'xyz'])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([row[i] for i in range(3) for row in matrix])
print([v for row in matrix if sum(row) > 10 for v in row if v % 2])
cards = [r + s for s in 'SH' for r in 'AKQ']
print(cards)
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20)
       if a * a + b * b == c * c])
words = ['hi', 'there', 'all']
print([ch for w in words for ch in w if ch not in 'aeiou'])
print({(x, y) for x in range(3) for y in range(3) if x == y} == {(0, 0), (1, 1), (2, 2)})
print({w: [i for i, c in enumerate(w) if c == 'e'] for w in ['tree', 'bee', 'sky']})
nested = [[[1, 2], [3]], [[4], [5, 6, 7]]]
print([x for outer in nested for inner in outer for x in inner])
print([[len(inner) for inner in outer] for outer in nested])
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
grid = ['#.#', '.#.', '###']
print([(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == '#'])
try:
    [x / y for x in [1] for y in [1, 0]]
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    [y for x in [1, 2] for y in x]
except TypeError as e:
    print('TypeError:', e)
