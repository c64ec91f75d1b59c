"""Helper module for the mod_ tests: prints when executed, counts imports."""
print('ml_loud: executing module body, __name__ =', __name__)
executions = 1
items = []


def add(x):
    items.append(x)
    return len(items)
