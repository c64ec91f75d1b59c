n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
    elif n < 0:
        continue
else:
    print('exhausted')
