# Uncaught TypeError from reduce() over an empty sequence, through a partial.
from functools import partial, reduce

total = partial(reduce, lambda a, b: a + b)
print(total([1, 2, 3]), total([], 0))
print(total([]))
