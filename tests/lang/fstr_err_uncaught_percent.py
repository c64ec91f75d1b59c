# An uncaught TypeError from % formatting with the wrong number of arguments.
def line(label, *values):
    fmt = '%-6s' + ' %5.1f' * len(values)
    return fmt % ((label,) + values)


print(line('a', 1, 2.5))
print(line('b'))
print('%s has %d items' % ('cart',))
