# Instances of a class defining __eq__ but not __hash__ cannot go into sets.
class Cell:
    def __init__(self, row, col):
        self.row, self.col = row, col

    def __eq__(self, other):
        return (self.row, self.col) == (other.row, other.col)

    def __repr__(self):
        return 'Cell(%d, %d)' % (self.row, self.col)


class Board:
    def __init__(self, cells):
        self.cells = list(cells)

    def unique(self):
        out = []
        for c in self.cells:
            if c not in out:
                out.append(c)
        return out

    def as_set(self):
        return set(self.cells)


b = Board([Cell(0, 0), Cell(0, 1), Cell(0, 0)])
print(b.unique())
print(Cell(1, 1) == Cell(1, 1), Cell(1, 1) != Cell(1, 2), Cell.__hash__)
print(b.as_set())
