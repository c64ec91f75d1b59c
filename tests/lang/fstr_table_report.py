# A practical report formatted with f-strings: aligned columns, totals, percentages.
inventory = [
    ('Widget', 'hardware', 1250, 3.5),
    ('Gadget', 'hardware', 80, 129.99),
    ('Gizmo', 'toys', 4, 1999.0),
    ('Doohickey', 'misc', 0, 0.75),
    ('Thingamajig', 'toys', 312, 12.0),
]
name_w = max(len(r[0]) for r in inventory)
header = f'{"Item":<{name_w}} | {"Category":^10} | {"Qty":>6} | {"Price":>9} | {"Value":>12}'
print(header)
print('-' * len(header))
total = 0
for name, cat, qty, price in inventory:
    value = qty * price
    total += value
    flag = ' (out of stock)' if qty == 0 else ''
    print(f'{name:<{name_w}} | {cat:^10} | {qty:>6,} | {price:>9,.2f} | {value:>12,.2f}{flag}')
print('-' * len(header))
print(f'{"TOTAL":<{name_w}} | {"":^10} | {sum(r[2] for r in inventory):>6,} | {"":>9} | {total:>12,.2f}')
print()
for name, cat, qty, price in inventory:
    share = qty * price / total
    bar = '#' * round(share * 40)
    print(f'{name:>{name_w}} {share:6.1%} {bar}')
cats = sorted({r[1] for r in inventory})
print(' '.join(f'{c}={sum(r[2] for r in inventory if r[1] == c):_}' for c in cats))
print(f'{"avg price":>{name_w}}: {sum(r[3] for r in inventory) / len(inventory):.3f}')
print(f'{"max value":>{name_w}}: {max(r[2] * r[3] for r in inventory):e}')
for name, cat, qty, price in inventory:
    print(f'{name[:6]:6}|{qty:#06x}|{qty:08b}|{price:+.1e}|{price:g}')
