# Merging sorted streams lazily with generators (no library helpers).
def merge2(a, b):
    a, b = iter(a), iter(b)
    sentinel = object()
    x, y = next(a, sentinel), next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        if y < x:
            yield y
            y = next(b, sentinel)
        else:
            yield x
            x = next(a, sentinel)
    while x is not sentinel:
        yield x
        x = next(a, sentinel)
    while y is not sentinel:
        yield y
        y = next(b, sentinel)


def merge(*streams):
    if not streams:
        return iter(())
    if len(streams) == 1:
        return iter(streams[0])
    mid = len(streams) // 2
    return merge2(merge(*streams[:mid]), merge(*streams[mid:]))


def multiples(k, limit):
    for i in range(k, limit, k):
        yield i


print(list(merge2([1, 4, 9], [2, 3, 10, 11])))
print(list(merge([5, 6], [1], [], [2, 8], [0, 7, 9])))
print(list(merge()), list(merge('ace')))
print(list(merge(multiples(3, 20), multiples(5, 20), multiples(7, 20))))


def unique(sorted_it):
    prev = object()
    for x in sorted_it:
        if x != prev:
            yield x
            prev = x


print(list(unique(merge(multiples(2, 15), multiples(3, 15)))))
print(list(merge(['apple', 'cherry'], ['banana', 'date'], ['aardvark'])))


def hamming():
    def scaled(k, it):
        for x in it:
            yield x * k
    yield 1
    seen = [1]
    i2 = i3 = i5 = 0
    while True:
        nxt = min(seen[i2] * 2, seen[i3] * 3, seen[i5] * 5)
        seen.append(nxt)
        yield nxt
        if nxt == seen[i2] * 2:
            i2 += 1
        if nxt == seen[i3] * 3:
            i3 += 1
        if nxt == seen[i5] * 5:
            i5 += 1


h = hamming()
print([next(h) for _ in range(20)])
try:
    list(merge([1, 2], ['a']))
except TypeError as e:
    print('TypeError:', e)
