# A loop over a list, with a running sum and a conditional.
data = list(range(1_000_000))
total = 0
for rep in range(10):
    for x in data:
        if x % 3:
            total += x
print(total)
