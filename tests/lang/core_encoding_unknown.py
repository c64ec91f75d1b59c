# coding: escapes
# An unknown encoding in the coding declaration: CPython reads no further
# and reports it without a location.
print('never printed')
