# KeyError with a tuple key shows the repr of the key.
grid = {(0, 0): 'origin', (1, 0): 'east'}
print(grid[0, 0])
print(grid[(1, 0)])
print(grid[2, 3])
