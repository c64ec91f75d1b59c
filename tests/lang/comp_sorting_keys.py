# Sorting comprehension results with keys; building sort keys with comprehensions.
people = [('ann', 31, 'oslo'), ('bob', 25, 'rome'), ('cid', 31, 'lima'), ('dee', 22, 'oslo')]
print([p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
print(sorted([p[2] for p in people], key=lambda c: (len(c), c)))
ages = {name: age for name, age, _ in people}
print(sorted(ages, key=ages.get), sorted(ages.items(), key=lambda kv: kv[1], reverse=True))
by_city = {c: sorted(n for n, _, cc in people if cc == c) for c in sorted({p[2] for p in people})}
print(by_city)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
ranked = [(rank, name) for rank, (name, _, _) in enumerate(sorted(people, key=lambda p: p[1]), 1)]
print(ranked)
matrix = [[3, 1], [2, 2], [1, 3]]
print(sorted(matrix, key=lambda r: r[1]), [sorted(r) for r in matrix], sorted(map(sorted, matrix)))
versions = ['1.10.0', '1.2.3', '1.2.10', '0.9']
print(sorted(versions, key=lambda v: [int(x) for x in v.split('.')]))
print(sorted(range(-5, 6), key=lambda x: (abs(x), x)))
try:
    sorted(people, key=lambda p: p[3])
except IndexError as e:
    print('IndexError:', e)
try:
    sorted([{'a': 1}, {'a': 0}])
except TypeError as e:
    print('TypeError:', e)
