# String formatting tables with %, str.format and alignment methods.
rows = [('Widget', 4, 3.5), ('Gadget', 10, 12.25), ('Thingamajig', 1, 199.99), ('Nut', 250, 0.05)]
header = ('Item', 'Qty', 'Price', 'Total')
widths = list(map(len, header))
for name, qty, price in rows:
    cells = (name, str(qty), '%.2f' % price, '%.2f' % (qty * price))
    for i, c in enumerate(cells):
        if len(c) > widths[i]:
            widths[i] = len(c)
sep = '+' + '+'.join(map(lambda w: '-' * (w + 2), widths)) + '+'
print(sep)
print('| ' + ' | '.join([header[0].ljust(widths[0]), header[1].rjust(widths[1]),
                         header[2].rjust(widths[2]), header[3].rjust(widths[3])]) + ' |')
print(sep)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print('| {:<{w0}} | {:>{w1}d} | {:>{w2}.2f} | {:>{w3}.2f} |'.format(
        name, qty, price, total, w0=widths[0], w1=widths[1], w2=widths[2], w3=widths[3]))
print(sep)
print('| %-*s | %*.2f |' % (widths[0] + widths[1] + widths[2] + 6, 'Grand total', widths[3], grand))
print(sep)
print()
print('{:^30}'.format(' Multiplication '))
for i in range(1, 6):
    line = ''
    for j in range(1, 6):
        line += '%4d' % (i * j)
    print(line)
print()
for n in (0, 7, 42, 255, 1000):
    print('{0:>6d} {0:>#8x} {0:>#12b} {0:>6o} {1:>8.3e}'.format(n, n / 7))
