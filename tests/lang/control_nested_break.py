# Nested loops with break/continue, flags and else clauses.
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(find(m, 5), find(m, 10))
found = False
for row in m:
    for v in row:
        if v == 6:
            found = True
            break
    if found:
        break
print('found', found, 'row', row)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print('inner loop of', i, 'completed')
result = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                result.append((a, b, c))
print(result)
count = 0
while True:
    for i in range(10):
        count += 1
        if count >= 25:
            break
    else:
        continue
    break
print(count)
