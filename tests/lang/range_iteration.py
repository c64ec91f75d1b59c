# Iterating ranges: independent iterators, len under iteration, indexing sums.
r = range(5)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2))
print(list(it1), list(it2))
for x in r:
    for y in r[x:]:
        if y == 3:
            break
    else:
        continue
    print('x', x, 'broke at 3')
total = 0
for i in range(len('hello')):
    total += ord('hello'[i]) * i
print(total)
evens = range(0, 21, 2)
odds = range(1, 20, 2)
paired = list(zip(evens, odds))
print(paired[:3], len(paired))
acc = []
for i in range(10, 0, -1):
    if i % 3 == 0:
        continue
    acc.append(i)
    if len(acc) == 5:
        break
print(acc)
print(list(map(lambda i: i * i, range(-3, 4))))
print(list(filter(lambda i: i % 4 == 1, range(20))))
print(sorted(range(5), key=lambda i: -i))
print(max(range(1, 100), key=lambda n: n % 17), min(range(10, 0, -1)))
print(sum(range(1, 1001)) == 1000 * 1001 // 2)
