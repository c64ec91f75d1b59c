# continue and break at different nesting levels with while and for.
grid = [[1, -2, 3], [-4, 5, -6], [7, 8, 9]]
positives = 0
for row in grid:
    for v in row:
        if v < 0:
            continue
        positives += v
print('sum of positives', positives)
r = 0
out = []
while r < len(grid):
    c = 0
    while c < len(grid[r]):
        v = grid[r][c]
        c += 1
        if v % 2 == 0:
            continue
        if v > 6:
            break
        out.append(v)
    r += 1
print(out)
words = ['apple', 'skip', 'banana', 'stop', 'cherry']
kept = []
for w in words:
    if w == 'skip':
        continue
    if w == 'stop':
        break
    for ch in w:
        if ch in 'aeiou':
            continue
        kept.append(ch)
print(''.join(kept))
count = 0
for i in range(5):
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
print('count', count)
