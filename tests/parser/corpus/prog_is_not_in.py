x = None
print(x is None, x is not None, 1 in [1], 2 not in [1], not x in [], not (x is None))
