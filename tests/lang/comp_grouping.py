# Grouping and aggregating records with dict/list comprehensions.
sales = [
    ('north', 'apples', 120), ('south', 'pears', 80), ('north', 'pears', 45),
    ('east', 'apples', 60), ('south', 'apples', 30), ('north', 'plums', 15),
    ('east', 'plums', 90), ('south', 'pears', 20),
]
regions = sorted({r for r, _, _ in sales})
products = sorted({p for _, p, _ in sales})
by_region = {r: sum(q for rr, _, q in sales if rr == r) for r in regions}
by_product = {p: [q for _, pp, q in sales if pp == p] for p in products}
print(regions, products)
print(by_region)
print(by_product)
table = {r: {p: sum(q for rr, pp, q in sales if rr == r and pp == p) for p in products} for r in regions}
for r in regions:
    print('%-6s' % r, ' '.join('%4d' % table[r][p] for p in products))
print('totals', ' '.join('%4d' % sum(table[r][p] for r in regions) for p in products))
best = {r: max(((q, p) for rr, p, q in sales if rr == r))[1] for r in regions}
print(best)
grouped = {}
for r, p, q in sales:
    grouped.setdefault(r, []).append(q)
print({r: (len(qs), min(qs), max(qs), sum(qs) / len(qs)) for r, qs in sorted(grouped.items())})
share = {r: round(100 * v / sum(by_region.values()), 1) for r, v in by_region.items()}
print(share, round(sum(share.values()), 1))
try:
    print({r: by_region[r] / (table[r]['plums'] - table[r]['plums']) for r in regions})
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print({r: table[r]['kiwis'] for r in regions})
except KeyError as e:
    print('KeyError:', e)
