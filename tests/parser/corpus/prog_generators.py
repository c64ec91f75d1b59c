def gen(n):
    i = 0
    while i < n:
        received = yield i
        if received:
            i = received
        i += 1

def deleg():
    result = yield from gen(3)
    return result
