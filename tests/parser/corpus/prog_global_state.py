total = 0
def add(x):
    global total
    total += x
    return total
for i in range(5):
    add(i)
else:
    print(total)
