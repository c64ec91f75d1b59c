# Uncaught KeyError from a dict comprehension at module level.
prices = {'apple': 1.25, 'pear': 0.8, 'plum': 2.0}
order = {'apple': 3, 'plum': 1}
print({item: qty * prices[item] for item, qty in order.items()})
order['kiwi'] = 4
totals = {item: qty * prices[item] for item, qty in order.items()}
print(totals)
