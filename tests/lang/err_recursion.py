# Uncaught RecursionError: CPython abbreviates repeated traceback lines.
def down(n):
    return down(n + 1)


print('recursing')
down(0)
