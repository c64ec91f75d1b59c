# A deterministic bank-queue simulation with a linear congruential generator.
lcg_state = [2024]


def rand():
    lcg_state[0] = (lcg_state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return lcg_state[0] >> 33


def randint(lo, hi):
    return lo + rand() % (hi - lo + 1)


tellers = [0, 0, 0]
queue = []
waits = []
served_by = [0, 0, 0]
clock = 0
next_id = 0
log = []
while clock < 120:
    if randint(1, 10) <= 4:
        queue.append((next_id, clock, randint(3, 12)))
        next_id += 1
    for t in range(len(tellers)):
        if tellers[t] <= clock and queue:
            cid, arrived, service = queue.pop(0)
            waits.append(clock - arrived)
            tellers[t] = clock + service
            served_by[t] += 1
            if cid < 5:
                log.append('t=%3d teller %d serves customer %d (waited %d, needs %d)' % (clock, t, cid, clock - arrived, service))
    clock += 1
print('\n'.join(log))
print('arrived:', next_id, 'served:', len(waits), 'still queued:', len(queue))
print('served by teller:', served_by)
print('max wait:', max(waits), 'avg wait: %.2f' % (sum(waits) / len(waits)))
hist = {}
for w in waits:
    bucket = w // 5 * 5
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print('%3d-%-3d %s' % (b, b + 4, '*' * hist[b]))
