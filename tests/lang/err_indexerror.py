# Uncaught IndexError in a loop.
def pairwise_sums(items):
    sums = []
    for i in range(len(items)):
        sums.append(items[i] + items[i + 1])
    return sums


data = [1, 2, 3, 4]
print('data', data)
print('first pair', data[0] + data[1])
result = pairwise_sums(data)
print(result)
