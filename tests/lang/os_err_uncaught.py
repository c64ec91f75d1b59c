# An uncaught FileNotFoundError from os.stat: the traceback shows only the
# caller's line, with the message naming the file.
import os

print(os.path.exists('/tmp/gilpy_test_os_err_uncaught/missing'))
os.stat('/tmp/gilpy_test_os_err_uncaught/missing')
print('not reached')
