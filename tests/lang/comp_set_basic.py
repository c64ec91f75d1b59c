# Set comprehensions (printed in sorted order so output does not depend on hashing).
words = 'The the quick brown fox jumps over the lazy dog Dog'.split()
lower = {w.lower() for w in words}
print(sorted(lower), len(lower))
print(sorted({len(w) for w in words}))
print(sorted({w[0].lower() for w in words}))
print(sorted({x % 7 for x in range(100)}), sorted({x * x % 10 for x in range(100)}))
print({n for n in range(10) if n % 2} == {1, 3, 5, 7, 9}, type({1 for _ in ''}).__name__)
a = {x for x in range(10) if x % 2 == 0}
b = {x for x in range(10) if x % 3 == 0}
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(sorted({(x, y) for x in range(3) for y in range(3) if x + y == 2}))
print(sorted({frozenset((i, j)) for i in range(3) for j in range(3) if i != j}, key=sorted))
letters = {c for c in 'hello world' if c.isalpha()}
print(sorted(letters), 'o' in letters, 'z' in letters)
print(sum({x for x in [1, 1, 2, 2, 3]}), max({-x for x in range(5)}), len({None for _ in range(5)}))
print(sorted({1, 1.0, True}), len({0, 0.0, False, ''}))
try:
    {[x] for x in range(3)}
except TypeError as e:
    print('TypeError:', e)
try:
    {{x} for x in range(3)}
except TypeError as e:
    print('TypeError:', e)
try:
    sorted({x for x in [1, 'a']})
except TypeError as e:
    print('TypeError:', e)
