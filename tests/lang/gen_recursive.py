# Recursive generators: permutations, subsets, tree traversal, Hanoi moves.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


print([''.join(p) for p in permutations('abc')])
print(len(list(permutations(list(range(5))))))


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))


def hanoi(n, src='A', dst='C', via='B'):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)


print(list(hanoi(3)))
print(sum(1 for _ in hanoi(10)))


def inorder(tree):
    if tree is None:
        return
    left, value, right = tree
    yield from inorder(left)
    yield value
    yield from inorder(right)


t = (((None, 1, None), 2, (None, 3, None)), 4, (None, 5, (None, 6, None)))
print(list(inorder(t)))


def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest


print(list(partitions(5)))
print(sum(1 for _ in partitions(20)))


def deep(n):
    if n:
        yield from deep(n - 1)
    yield n


print(sum(deep(200)))
