# Assignment expressions (walrus) in comprehensions bind in the enclosing scope.
data = [4, 7, 1, 9, 3]
squares = [y for x in data if (y := x * x) > 10]
print(squares, 'last y =', y)
total = 0
running = [total := total + x for x in data]
print(running, total)


def find_first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None


print(find_first_long(['hi', 'hello', 'greetings']), find_first_long(['a', 'b']))


def stats(values):
    results = [(v, r) for v in values if (r := v % 3) != 0]
    return results, r


print(stats(range(7)))
lines = ['key=value', 'bad', 'a=b=c', '=empty']
parsed = {k: v for line in lines if (parts := line.split('=', 1)) and len(parts) == 2 for k, v in [parts]}
print(parsed, parts)
fib = [0, 1]
more = [fib.append(fib[-1] + fib[-2]) or fib[-1] for _ in range(8)]
print(more)
n = 0
print([n := n + 1 for _ in 'abc'], n)
nested = [[(last := (i, j)) for j in range(2)] for i in range(2)]
print(nested, last)


def counter():
    count = 0
    [count := count + 1 for _ in range(5)]
    return count


print(counter())
values = [1, 2, 3]
if (n := len(values)) > 2:
    print('list has', n, 'items')
print([(z := 1), z])
try:
    [q := q + 1 for _ in range(2)]
except NameError as e:
    print('NameError:', e)
