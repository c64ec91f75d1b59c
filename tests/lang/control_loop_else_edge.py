# Loop else clauses in combination with try, nested loops and return.
def has_divisor(n, candidates):
    for c in candidates:
        if n % c == 0:
            break
    else:
        return False
    return True
print(has_divisor(15, [2, 3]), has_divisor(7, [2, 3, 5]), has_divisor(1, []))
def while_else(n):
    i = 0
    while i < n:
        if i == 3:
            return 'returned inside while'
        i += 1
    else:
        return 'else after %d iterations' % i
print(while_else(2), while_else(10))
for i in range(2):
    for j in range(2):
        pass
    else:
        print('inner else', i)
else:
    print('outer else')
for attempt in range(3):
    try:
        if attempt < 2:
            raise ValueError(attempt)
    except ValueError as e:
        print('attempt', e, 'failed')
        continue
    print('attempt', attempt, 'ok')
    break
else:
    print('all attempts failed')
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            break
    finally:
        print('finally', n)
else:
    print('not printed because of break')
print('n =', n)
items = []
for x in items:
    print('never')
else:
    items.append('else ran')
print(items)
