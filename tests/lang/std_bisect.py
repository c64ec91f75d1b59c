# bisect: bisect_left/right, insort, key functions and classic search uses.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, lo=4), bisect.bisect_right(a, 4, hi=3), bisect.bisect_left(a, 4, 0, 2))
s = []
for x in [5, 1, 4, 1, 9, 2]:
    bisect.insort(s, x)
print(s)
bisect.insort_left(s, 4)
bisect.insort_right(s, 4)
print(s)


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(sc) for sc in [33, 60, 69, 70, 89, 90, 100]])
people = [('ann', 22), ('bob', 30), ('cid', 41)]
ages = [p[1] for p in people]
print(people[bisect.bisect_left(ages, 30)], bisect.bisect_left(people, 35, key=lambda p: p[1]))
bisect.insort(people, ('dee', 35), key=lambda p: p[1])
print(people)


def index_of(seq, x):
    i = bisect.bisect_left(seq, x)
    if i != len(seq) and seq[i] == x:
        return i
    raise ValueError('%r not in sequence' % (x,))


print(index_of(a, 7), index_of('aceg', 'e'))
try:
    index_of(a, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    bisect.bisect([1, 2], 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    bisect.bisect_left(a, 1, lo=-1)
except ValueError as e:
    print('ValueError:', e)
print(bisect.bisect_left([], 5), bisect.bisect_right([5] * 4, 5))
