# bisect: left/right positions, insort, lo/hi bounds, key=, and uses.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 1, 3, 4, 5, 9, 10):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, 0, 4))
print(bisect.bisect_right(a, 4, lo=1, hi=5), bisect.bisect_left(a, 4, hi=None), bisect.bisect(a, 4, 2, -1))
print(bisect.bisect([], 1), bisect.bisect_left([], 1), bisect.bisect(a, 4, 5, 2))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b, [type(v).__name__ for v in b])
bisect.insort(b, 100, 0, 3)
print(b)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [('ann', 19), ('bob', 25), ('cy', 31), ('dee', 40)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 25, key=ages), bisect.bisect_right(records, 25, key=ages))
print(bisect.bisect(records, 100, key=ages), bisect.bisect_left(records, 0, key=ages))
bisect.insort(records, ('eve', 30), key=ages)
bisect.insort_left(records, ('fay', 25), key=ages)
bisect.insort_right(records, ('gus', 25), key=ages)
print(records)
print(bisect.bisect_left('acegi', 'd'), bisect.bisect(range(0, 100, 5), 42), bisect.bisect((1, 3, 5), 3))
print(bisect.__all__ if hasattr(bisect, '__all__') else 'no __all__')
