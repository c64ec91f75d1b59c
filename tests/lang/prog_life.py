# Conway's Game of Life on a small toroidal grid.
W, H = 10, 8


def make(cells):
    grid = []
    for _ in range(H):
        grid.append([0] * W)
    for r, c in cells:
        grid[r][c] = 1
    return grid


def step(grid):
    new = make([])
    for r in range(H):
        for c in range(W):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % H][(c + dc) % W]
            if grid[r][c] and n in (2, 3):
                new[r][c] = 1
            elif not grid[r][c] and n == 3:
                new[r][c] = 1
    return new


def show(grid):
    for row in grid:
        print(''.join(map(lambda v: '#' if v else '.', row)))


def population(grid):
    return sum(map(sum, grid))


glider = make([(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)])
g = glider
for gen in range(4):
    print('generation', gen, 'population', population(g))
    show(g)
    g = step(g)
for _ in range(156):
    g = step(g)
print('after 160 generations the glider is back:', g == glider)
blinker = make([(3, 4), (3, 5), (3, 6)])
b1 = step(blinker)
print(b1 == blinker, step(b1) == blinker)
