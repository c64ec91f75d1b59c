# Dict comprehensions: keys from expressions, filtering, inversion, duplicates.
words = ['apple', 'banana', 'cherry', 'avocado', 'blueberry']
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip('abc', range(3))})
d = {'a': 1, 'b': 2, 'c': 3}
print({v: k for k, v in d.items()})
print({k: v * 10 for k, v in d.items() if v != 2})
print({k.upper(): v for k, v in sorted(d.items(), reverse=True)})
print({i: i * i for i in range(6) if i % 2 == 0})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({x % 3: x for x in range(10)})
counts = {c: 'mississippi'.count(c) for c in 'mississippi'}
print(counts, list(counts))
print({k: [w for w in words if w.startswith(k)] for k in 'abc'})
print({n: ('even' if n % 2 == 0 else 'odd') for n in range(4)})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print({**{k: 0 for k in 'xy'}, **{k: 1 for k in 'yz'}})
print(type({k: k for k in ''}).__name__, {k: k for k in ''})
try:
    {[k]: 1 for k in 'ab'}
except TypeError as e:
    print('TypeError:', e)
try:
    {k: v for k, v in ['ab', 'cde']}
except ValueError as e:
    print('ValueError:', e)
try:
    {k: d[k] for k in 'abz'}
except KeyError as e:
    print('KeyError:', e)
