# An uncaught error from the C generator: traceback and exit status 1.
import random

random.seed(1)
print(random.getrandbits(8))
random.getrandbits(-5)
print('not reached')
