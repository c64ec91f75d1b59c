# heapq.nlargest / nsmallest (with key, n edge cases) and merge (key, reverse).
import heapq

nums = [15, 3, 9, 27, 1, 8, 22, 4, 19, 11]
for n in (0, 1, 3, 10, 20, -1):
    print(n, heapq.nlargest(n, nums), heapq.nsmallest(n, nums))
print(heapq.nlargest(3, iter(nums)), heapq.nsmallest(3, iter(nums)))
print(heapq.nlargest(2, []), heapq.nsmallest(2, iter([])), heapq.nlargest(1, []))

people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 19), ('eve', 25), ('fay', 40)]
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(4, iter(people), key=lambda p: p[1]))
print(heapq.nlargest(1, people, key=lambda p: p[0]))
print(heapq.nsmallest(2, 'hello world'))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([], [1], [], [0, 2])))
print(list(heapq.merge()))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 3, 2], reverse=True)))
print(list(heapq.merge(['zz', 'b'], ['yyy', 'a'], key=len, reverse=True)))
m = heapq.merge(iter([1, 3]), (x * 2 for x in range(3)))
print(next(m), next(m), list(m))
# stability: equal keys come out in input order
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
