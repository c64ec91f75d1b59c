# Sliding windows, pairwise, grouping runs and chunking implemented with generators.
def windows(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)


def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x


def runs(it):
    it = iter(it)
    try:
        cur = next(it)
    except StopIteration:
        return
    count = 1
    for x in it:
        if x == cur:
            count += 1
        else:
            yield cur, count
            cur, count = x, 1
    yield cur, count


def chunks(seq, size):
    if size < 1:
        raise ValueError('chunk size must be >= 1, got %d' % size)
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


print(list(windows(range(6), 3)), list(windows('ab', 3)))
print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])))
print(list(runs('aaabccdddd')), list(runs([])), list(runs([1, 1, 2, 1])))
print(''.join('%s%d' % r for r in runs('WWWWBBBWWB')))
print(list(chunks('abcdefg', 3)), list(chunks(list(range(5)), 2)))
diffs = [b - a for a, b in pairwise([1, 4, 9, 16, 25])]
print(diffs, [b - a for a, b in pairwise(diffs)])
avg = [sum(w) / len(w) for w in windows([2, 4, 6, 8, 10], 2)]
print(avg)
g = chunks([1, 2, 3], 0)
print('generator created, no error yet')
try:
    next(g)
except ValueError as e:
    print('ValueError:', e)
print(list(windows([1, 2, 3], 0))[:2])
