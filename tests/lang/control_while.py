# while loops with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n =', n)
else:
    print('loop finished normally')
i = 0
while True:
    i += 1
    if i > 3:
        break
print('i =', i)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print('found 4')
        break
else:
    print('no break')
print('k =', k)
m = 10
while m > 0:
    m -= 3
else:
    print('else with m =', m)
while False:
    print('never')
else:
    print('else of never-run loop')
a, b = 0, 1
count = 0
while b < 1000:
    a, b = b, a + b
    count += 1
print(count, a, b)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        print(outer, inner)
        inner += 1
    outer += 1
x = 100
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print('collatz steps', steps)
