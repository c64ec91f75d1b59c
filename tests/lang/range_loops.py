# range in for loops and computing.
total = 0
for i in range(1, 11):
    total += i
print(total)
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for i in range(3):
    for j in range(i, 3):
        print((i, j), end='')
print()
squares = []
for n in range(1, 8):
    squares.append(n * n)
print(squares)
r = range(2, 30, 5)
it = iter(r)
print(next(it), next(it), list(it))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
mult = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    mult.append(row)
print(mult)
for i in range(0):
    print('never')
else:
    print('empty range else')
