# Comprehensions consuming generators, and generators consuming comprehensions.
def numbers(n):
    for i in range(n):
        print('  produce', i)
        yield i


print([x * 2 for x in numbers(3)])
print({x: x * x for x in numbers(2)})
gen = numbers(4)
first_two = [next(gen) for _ in range(2)]
rest = [x for x in gen]
print(first_two, rest, [x for x in gen])
evens = (x for x in range(10) if x % 2 == 0)
print([e * 10 for e in evens if e > 2])
print([e for e in evens])


def words():
    yield from 'a bb ccc dd e'.split()


print(sorted({len(w) for w in words()}), {w: len(w) for w in words() if len(w) > 1})
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
col_sums = [sum(row[c] for row in matrix) for c in range(3)]
print(matrix, col_sums)
print([list(g) for g in ((x for x in range(k)) for k in range(4))])
shared = iter(range(6))
print([(a, next(shared)) for a in shared])


def fail_at(n):
    for i in range(10):
        if i == n:
            raise ValueError('generator failed at %d' % i)
        yield i


try:
    result = [x for x in fail_at(3)]
except ValueError as e:
    print('ValueError:', e)
try:
    result = {x: 1 / (x - 2) for x in fail_at(9)}
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
