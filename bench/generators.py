# Generator pipelines: yield, yield from, generator expressions consumed by
# sum(), chained filters and maps, enumerate and zip over generators.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chunks(n, size):
    for start in range(0, n, size):
        yield from numbers_from(start, min(start + size, n))


def numbers_from(a, b):
    yield from range(a, b)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


def main():
    n = 1_000_000
    checksum = 0
    checksum += sum(squares(evens(numbers(n))))
    checksum += sum(x for x in chunks(n, 1000) if x % 3 == 0)
    checksum += sum(i * x for i, x in enumerate(numbers(n)))
    checksum += sum(a - b for a, b in zip(numbers(n), squares(numbers(n))))
    checksum += max(running_sum(take(n, (x % 7 for x in numbers(n * 2)))))
    nested = [[i, [i + 1, [i + 2, i + 3]]] for i in range(0, n // 4, 4)]
    checksum += sum(flatten(nested))
    checksum += len([x for x in map(lambda v: v + 1, filter(lambda v: v % 5, numbers(n)))])
    checksum += sum(sum(y for y in numbers(x % 20)) for x in range(n // 10))
    print(checksum)


main()
