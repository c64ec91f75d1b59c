# Traceback through alternating functions with an error at the bottom.
def ping(n):
    if n == 0:
        return None + 1
    return pong(n - 1)


def pong(n):
    return ping(n)


ping(3)
