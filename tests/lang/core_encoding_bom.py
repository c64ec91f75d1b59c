# coding: latin-1
# A UTF-8 BOM with a coding declaration other than utf-8 is an error.
print('never printed')
