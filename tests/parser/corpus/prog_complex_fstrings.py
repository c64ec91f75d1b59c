items = [('apple', 1.5, 3), ('kiwi', 0.25, 12)]
for name, price, qty in items:
    print(f'{name:<10}|{price:>8.2f}|{qty:^5}|{price * qty:{">"}{10}.{2}f}')
print(f'{"total":*^20}')
print(f'{len(items)=}, {items[0][0]!r:>12}')
