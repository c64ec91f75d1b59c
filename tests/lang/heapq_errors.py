# heapq: argument checking and errors, caught and uncaught.
import heapq

tests = [
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappush((), 1),
    lambda: heapq.heappush([]),
    lambda: heapq.heappush([], 1, 2),
    lambda: heapq.heapify(5),
    lambda: heapq.heapify([], 1),
    lambda: heapq.heappop(None),
    lambda: heapq.heappop([], 1),
    lambda: heapq.heappushpop((), 1),
    lambda: heapq.heappush(heap=[], item=1),
    lambda: heapq.heappush([1, 2], 'x'),
    lambda: heapq.heapify([3, 'a', 1]),
    lambda: heapq.nlargest('a', [1]),
    lambda: heapq.nsmallest(2, 5),
    lambda: list(heapq.merge([1], 5)),
    lambda: list(heapq.merge([1, 2], ['a'])),
]
for t in tests:
    try:
        print('ok', t())
    except Exception as e:
        print(type(e).__name__, e)
h = [1]
print(heapq.heappop(h), h)
try:
    heapq.heappop(h)
except IndexError as e:
    raise RuntimeError("queue drained: %s" % e) from None
