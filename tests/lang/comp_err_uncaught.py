# Uncaught exception raised inside nested comprehensions in a function.
def normalize(rows):
    return [[cell / max(row) for cell in row] for row in rows]


def report(table):
    norm = normalize(table)
    return {i: [round(x, 2) for x in row] for i, row in enumerate(norm)}


def describe(table):
    widths = [max(len(str(c)) for c in col) for col in zip(*table)]
    return [' '.join(str(c).rjust(w) for c, w in zip(row, widths)) for row in table]


table = [[1, 2, 4], [3, 3, 6]]
print('\n'.join(describe(table)))
print(report(table))
print(report([[10], [5]]))
print({k: sum(v) for k, v in report(table).items()})
print(report([[5, 10], [0, 0], [1, 1]]))
