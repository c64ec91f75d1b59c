# Inventory management with validation errors, reports and sorting.
inventory = {}


def add_item(sku, name, qty, price):
    if sku in inventory:
        raise KeyError('duplicate sku ' + sku)
    if qty < 0 or price < 0:
        raise ValueError('negative quantity or price for ' + sku)
    inventory[sku] = {'name': name, 'qty': qty, 'price': price}


def remove_stock(sku, qty):
    item = inventory[sku]
    if qty > item['qty']:
        raise ValueError('cannot remove %d of %s, only %d left' % (qty, sku, item['qty']))
    item['qty'] -= qty
    return item['qty']


def restock(sku, qty):
    inventory[sku]['qty'] += qty


def report():
    lines = []
    total = 0
    for sku in sorted(inventory, key=lambda s: (-inventory[s]['qty'] * inventory[s]['price'], s)):
        it = inventory[sku]
        value = it['qty'] * it['price']
        total += value
        flag = ' LOW' if it['qty'] < 5 else ''
        lines.append('%-6s %-12s %4d x %7.2f = %9.2f%s' % (sku, it['name'], it['qty'], it['price'], value, flag))
    lines.append('%-6s %-12s %25.2f' % ('TOTAL', '', total))
    return '\n'.join(lines)


actions = [
    ('add', 'A100', 'bolts', 500, 0.05),
    ('add', 'B200', 'nuts', 300, 0.04),
    ('add', 'C300', 'hammer', 12, 15.5),
    ('add', 'A100', 'dup bolts', 1, 1.0),
    ('add', 'D400', 'saw', -1, 20.0),
    ('remove', 'C300', 9),
    ('remove', 'C300', 9),
    ('remove', 'Z999', 1),
    ('restock', 'B200', 50),
    ('remove', 'A100', 120),
]
for act in actions:
    kind, args = act[0], act[1:]
    try:
        if kind == 'add':
            add_item(*args)
            result = 'added'
        elif kind == 'remove':
            result = 'left %d' % remove_stock(*args)
        else:
            restock(*args)
            result = 'restocked'
        print('%-8s %-22s %s' % (kind, args, result))
    except KeyError as e:
        print('%-8s %-22s KeyError %s' % (kind, args, e))
    except ValueError as e:
        print('%-8s %-22s ValueError %s' % (kind, args, e))
print(report())
