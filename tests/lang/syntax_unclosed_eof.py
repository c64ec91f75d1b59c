# An opening bracket that is never closed before end of file.
print('never printed')
data = {
    'a': 1,
    'b': [2, 3,
