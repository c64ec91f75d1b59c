# Uncaught IndexError from indexing a bounded deque past its end.
from collections import deque

recent = deque(range(10), maxlen=3)
print(recent, recent[0], recent[-1])


def third_from_end(d):
    return d[-4]


print(third_from_end(recent))
