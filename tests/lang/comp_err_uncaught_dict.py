# Uncaught KeyError from a dict comprehension at module level.
prices = {'apple': 1.25, 'pear': 0.8, 'plum': 2.0}
order = {'apple': 3, 'plum': 1}
print({item: qty * prices[item] for item, qty in order.items()})
discounts = {'apple': 0.1}
print({item: round(qty * prices[item] * (1 - discounts.get(item, 0)), 2)
       for item, qty in order.items()})
in_stock = {item for item in prices if item != 'pear'}
print(sorted(in_stock), all(item in in_stock for item in order))
summary = {
    'items': sum(order.values()),
    'total': sum(qty * prices[item] for item, qty in order.items()),
    'kinds': len(order),
}
print(summary)
order['pear'] = 2
print({item: qty * prices[item] for item, qty in order.items() if item in prices})
order['kiwi'] = 4
print('kiwi' in prices, sorted(order))
totals = {item: qty * prices[item] for item, qty in order.items()}
print(totals)
