# Aggregations inside comprehensions: sum/any/max over inner generator expressions.
students = {
    'ann': [90, 85, 77],
    'bob': [60, 70, 65],
    'cid': [88, 92, 95],
    'dee': [],
}
avg = {n: (sum(s) / len(s) if s else None) for n, s in students.items()}
print(avg)
print([n for n, s in students.items() if any(x > 90 for x in s)])
print([n for n, s in students.items() if s and all(x >= 65 for x in s)])
print({n: max((x for x in s), default=0) for n, s in students.items()})
print(sorted(((sum(s), n) for n, s in students.items()), reverse=True))
table = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([sum(r) for r in table], [sum(r[i] for r in table) for i in range(3)])
print(sum(table[i][i] for i in range(3)), sum(table[i][2 - i] for i in range(3)))
print([[x for x in r if x % 2] for r in table if any(x > 5 for x in r)])
print({n: len([x for x in s if x >= 80]) for n, s in students.items()})
primes = [n for n in range(2, 50) if not any(n % d == 0 for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([w for w in ['level', 'rotor', 'hello', 'abba'] if all(w[i] == w[-1 - i] for i in range(len(w) // 2))])
try:
    {n: sum(s) / len(s) for n, s in students.items()}
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    [max(x for x in s) for s in students.values()]
except ValueError as e:
    print('ValueError:', e)
