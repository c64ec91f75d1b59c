# Uncaught TypeError for unsupported operand types.
def total_price(items):
    total = 0
    for name, price in items:
        print('adding', name)
        total = total + price
    return total


cart = [('apple', 3), ('pear', 4), ('melon', 'five')]
print(total_price(cart[:2]))
print(total_price(cart))
