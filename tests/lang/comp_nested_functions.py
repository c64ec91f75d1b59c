# Comprehensions inside nested functions see enclosing locals, globals and nonlocals.
scale = 100

def outer(offset):
    factor = 2
    def inner(values):
        return [v * factor + offset + scale for v in values]
    return inner

print(outer(1)([1, 2, 3]))

def counter():
    count = 0
    def bump(items):
        nonlocal count
        result = [count + i for i in items]
        count += len(items)
        return result
    return bump

b = counter()
print(b([0, 0]), b([10]), b([]))

def grid(n):
    return [[(lambda r=r, c=c: r * n + c)() for c in range(n)] for r in range(n)]

print(grid(3))

def memo_table(words):
    seen = {}
    def key(w):
        if w not in seen:
            seen[w] = len(seen)
        return seen[w]
    ids = [key(w) for w in words]
    return ids, sorted(seen.items(), key=lambda kv: kv[1])

print(memo_table('a b a c b a'.split()))

def recursive_comp(n):
    if n == 0:
        return []
    return [n] + [x for x in recursive_comp(n - 1) if x % 2 == n % 2]

print(recursive_comp(7))

def uses_param_default(items, key=lambda x: x):
    return sorted([key(i) for i in items])

print(uses_param_default([3, -1, 2], key=abs), uses_param_default('cab'))

def shadow():
    x = 'enclosing'
    return [x for x in range(2)], [x for _ in range(2)]

print(shadow())

def broken():
    return [missing_helper(v) for v in range(2)]

try:
    broken()
except NameError as e:
    print('NameError:', e)
