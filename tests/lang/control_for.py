# for loops with break, continue, else; iteration over various types.
for ch in 'abc':
    print(ch, end=' ')
print()
for i in [10, 20, 30]:
    if i == 20:
        continue
    print(i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty else')
for x in range(5):
    if x == 3:
        print('breaking at', x)
        break
else:
    print('not printed')
print('x after loop', x)
for k in {'b': 1, 'a': 2}:
    print(k)
for t in (1, 'two', 3.0):
    print(type(t).__name__)
total = 0
for i in range(100):
    if i % 3 and i % 5:
        continue
    total += i
print(total)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
    print(v, end=' ')
print()
for i in range(3):
    pass
print(i)
for i in range(3):
    i = i * 10
    print(i, end=' ')
print()
