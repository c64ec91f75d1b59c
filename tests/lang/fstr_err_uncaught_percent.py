# An uncaught TypeError from % formatting with the wrong number of arguments.
def line(label, *values):
    fmt = '%-6s' + ' %5.1f' * len(values)
    return fmt % ((label,) + values)


print(line('a', 1, 2.5))
print(line('b'))
print(line('c', -0.05, 1e3, 7))
rows = [('north', 3, 1.5), ('south', 12, 0.25)]
for name, count, ratio in rows:
    print('%-8s|%4d|%7.2f%%' % (name, count, ratio * 100))
print('%(name)s=%(value)d' % {'name': 'answer', 'value': 42})
print('%s' % (('nested', 'tuple'),))
print('%5.1f%% done, %x hex, %o oct, %c char' % (99.5, 255, 8, 65))
print('%-10r|%+d|% d' % ('r', 5, 5))
template = '%s has %d items'
print(template % ('box', 3))
print(template % ('bag', 0))
print(template % ('cart',))
