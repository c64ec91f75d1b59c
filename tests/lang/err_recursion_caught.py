# RecursionError caught: print only its type and message.
import sys


def forever(n):
    return forever(n + 1) + 1


def depth_of(n, limit):
    if n == limit:
        return n
    return depth_of(n + 1, limit)


print(sys.getrecursionlimit())
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth_of(0, 500))
try:
    depth_of(0, 100000)
except RecursionError as e:
    print(type(e).__name__ + ':', e)
print('recovered')
