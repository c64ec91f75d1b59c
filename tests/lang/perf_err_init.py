# An uncaught exception raised in an __init__ run by the interpreter loop:
# the traceback shows the call and the __init__ line.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = check(y)

def check(v):
    if v < 0:
        raise ValueError("negative: %d" % v)
    return v

def build(n, shift):
    return [Point(i, n - i - shift) for i in range(n + 1)]

print(len(build(3, 0)))
build(3, 1)
