# sys attributes: maxsize, recursion limit, stdout/stderr writes.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    depth(1500)
except RecursionError as e:
    print('RecursionError:', e)
n = sys.stdout.write('partial ')
sys.stdout.write('line\n')
print(n)
sys.stderr.write('to stderr\n')
print(sys.stdout is not sys.stderr)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError:', e)
