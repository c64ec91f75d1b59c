# An exception raised inside a generator that a for loop resumes.

def numbers():
    yield 1
    yield 2
    raise KeyError("gen")

def consume():
    seen = []
    for n in numbers():
        seen.append(n)
    return seen

try:
    consume()
except KeyError as e:
    print("caught", type(e).__name__, e)
consume()
