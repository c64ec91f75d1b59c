# sys.exit with codes beyond 255 and negative values wrap modulo 256.
import sys
print('exiting with 256 + 4')
sys.exit(260)
