# A discrete-event scheduler using heapq with (time, seq, event) entries.
import heapq


class Scheduler:
    def __init__(self):
        self.queue = []
        self.seq = 0
        self.now = 0
        self.log = []

    def at(self, time, name, action=None):
        if time < self.now:
            raise ValueError('cannot schedule %r in the past (t=%d < now=%d)' % (name, time, self.now))
        heapq.heappush(self.queue, (time, self.seq, name, action))
        self.seq += 1

    def run(self, until=None):
        while self.queue:
            time, _, name, action = self.queue[0]
            if until is not None and time > until:
                break
            heapq.heappop(self.queue)
            self.now = time
            self.log.append('t=%d %s' % (time, name))
            if action:
                action(self)


def repeating(name, period, times):
    def act(s):
        if times > 1:
            s.at(s.now + period, name, repeating(name, period, times - 1))
    return act


s = Scheduler()
s.at(5, 'boot')
s.at(1, 'power-on')
s.at(5, 'boot-2 (same time, later seq)')
s.at(2, 'tick', repeating('tick', 3, 4))
s.run(until=8)
print('\n'.join(s.log), '| pending:', len(s.queue), '| now:', s.now)
s.run()
print(s.log[-3:], s.now)
try:
    s.at(3, 'late')
except ValueError as e:
    print('ValueError:', e)
top = heapq.nsmallest(3, [(t, n) for t, _, n, _ in [(9, 0, 'z', None), (4, 1, 'y', None), (6, 2, 'x', None), (1, 3, 'w', None)]])
print(top)
