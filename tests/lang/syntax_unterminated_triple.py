# A triple-quoted string that is never closed.
print('never printed')
doc = """starts here
and continues
print(doc)
