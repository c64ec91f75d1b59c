# heapq: heappush/heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest, merge.
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, data[0])
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 100), data[0])
print(heapq.heapreplace(data, 50), data[0])
nums = [15, 3, 42, 8, 23, 4, 16]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(10, [2, 1]))
words = ['banana', 'kiwi', 'apple', 'fig', 'cherry']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=lambda w: w[-1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(['a', 'c'], ['b'], key=str.upper)), list(heapq.merge([3, 1], [2], reverse=True)))
tasks = []
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
h2 = [(2, 'b'), (1, 'a')]
heapq.heapify(h2)
print(h2)
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    heapq.heapify((3, 1))
except TypeError as e:
    print('TypeError:', e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print('IndexError:', e)
