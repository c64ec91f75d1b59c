# Comprehensions with side effects: mutation during iteration, calls with logging.
log = []


def visit(x):
    log.append(x)
    return x


result = [visit(x) for x in range(3) if visit(-x - 1) < 0]
print(result, log)
seen = set()
unique = [x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))]
print(unique)
items = [1, 2, 3]
doubled = [items.append(x) or x * 2 for x in items[:]]
print(doubled, items)
d = {'a': 1, 'b': 2}
copy = {k: d.pop(k) for k in list(d)}
print(copy, d)
stack = [1, 2, 3]
popped = [stack.pop() for _ in range(len(stack))]
print(popped, stack)
acc = []
[acc.extend([i] * i) for i in range(4)]
print(acc)
try:
    s = {1, 2, 3}
    [s.add(x + 10) for x in s]
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    dd = {'x': 1}
    {k: dd.setdefault(k + k, 0) for k in dd}
except RuntimeError as e:
    print('RuntimeError:', e)
grow = [0]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
