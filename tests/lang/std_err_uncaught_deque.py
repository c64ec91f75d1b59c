# Uncaught IndexError from deque.popleft() inside a processing loop.
from collections import deque


class Printer:
    def __init__(self, jobs):
        self.queue = deque(jobs)
        self.done = deque(maxlen=2)

    def print_next(self):
        job = self.queue.popleft()
        self.done.append(job)
        return 'printing ' + job

    def print_n(self, n):
        return [self.print_next() for _ in range(n)]


p = Printer(['a.txt', 'b.txt', 'c.txt'])
p.queue.appendleft('urgent.txt')
print(p.print_n(2), list(p.done))
print(len(p.queue), p.queue[0])
print(p.print_n(2))
print(p.print_n(1))
