# An uncaught KeyError from set.remove prints a traceback.
s = {1, 2, 3}
s.remove(2)
print(s)
s.remove((4, 5))
print('not reached')
