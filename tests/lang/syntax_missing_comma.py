# Two expressions side by side in a list: CPython suggests a missing comma.
items = [1, 2 3, 4]
print(items)
