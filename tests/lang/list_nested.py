# Nested lists: matrices, transposes, flattening, deep equality and copying.
def make(rows, cols, fill):
    out = []
    for r in range(rows):
        out.append([fill] * cols)
    return out
m = make(3, 4, 0)
for r in range(3):
    for c in range(4):
        m[r][c] = r * 4 + c
print(m)
t = []
for c in range(4):
    col = []
    for r in range(3):
        col.append(m[r][c])
    t.append(col)
print(t)
print(list(map(list, zip(*m))) == t)
flat = []
for row in m:
    flat.extend(row)
print(flat, sum(flat))
diag = []
for i in range(min(len(m), len(m[0]))):
    diag.append(m[i][i])
print(diag)
rotated = list(map(list, zip(*m[::-1])))
print(rotated)
copy1 = m[:]
copy2 = []
for row in m:
    copy2.append(row[:])
m[0][0] = 'X'
print(copy1[0][0], copy2[0][0], copy1 == m, copy2 == m)
tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    depth += 1
    node = node[1] if len(node) > 1 else []
print('depth', depth)
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2], [3]] < [[1, 2], [4]], [[]] * 2)
jagged = [[1], [2, 3], [], [4, 5, 6]]
print(list(map(len, jagged)), max(jagged, key=len), sorted(jagged, key=len))
