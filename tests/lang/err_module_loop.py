# Error at module level inside a loop, no function frames.
numbers = [4, 2, 1, 0, 5]
for n in numbers:
    print(n, 100 // n)
print('done')
