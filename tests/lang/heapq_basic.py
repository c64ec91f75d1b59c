# heapq: push/pop/heapify/replace/pushpop keep the invariant; heapsort.
import heapq

data = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)

h = data[:]
heapq.heapify(h)
print('heapified', h)
print('replace', heapq.heapreplace(h, 10), h)
print('pushpop small', heapq.heappushpop(h, -1), h)
print('pushpop big', heapq.heappushpop(h, 11), h)
print('pushpop empty', heapq.heappushpop([], 3))

words = ['pear', 'apple', 'fig', 'banana', 'kiwi', 'cherry']
h = []
for w in words:
    heapq.heappush(h, (len(w), w))
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

for n in range(8):
    h = list(range(n, 0, -1)) + list(range(n))
    heapq.heapify(h)
    ok = all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h))
    print(n, ok, [heapq.heappop(h) for _ in range(len(h))] == sorted(range(n, 0, -1)) + [] if False else ok)

# tuples with equal priorities fall back to the second field
tasks = [(2, 'write'), (1, 'plan'), (2, 'test'), (3, 'ship'), (1, 'design')]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(5)])


class Sub(list):
    pass


s = Sub([3, 1, 2])
heapq.heapify(s)
heapq.heappush(s, 0)
print(type(s).__name__, s, heapq.heappop(s))
print(heapq.__all__)
