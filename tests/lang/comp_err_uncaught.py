# Uncaught exception raised inside nested comprehensions in a function.
def normalize(rows):
    return [[cell / max(row) for cell in row] for row in rows]


def report(table):
    norm = normalize(table)
    return {i: [round(x, 2) for x in row] for i, row in enumerate(norm)}


print(report([[1, 2, 4], [3, 3, 6]]))
print(report([[5, 10], [0, 0], [1, 1]]))
