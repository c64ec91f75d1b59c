# No coding declaration and a byte that is not UTF-8: CPython names the
# file, the line and the byte.
print('never printed')  # café
