# An uncaught ValueError from islice's argument checks.
from itertools import islice

print(list(islice('abcdef', 1, 4)))
print(list(islice('abcdef', 3, 1, -1)))
