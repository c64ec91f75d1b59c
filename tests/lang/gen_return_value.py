# return inside generators: StopIteration.value, early return, return in loops.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return 'found at %d' % i
        yield x
    return 'not found'

def drive(gen):
    seen = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration as stop:
            return seen, stop.value

print(drive(find('abcdef', 'd')))
print(drive(find('abc', 'z')))
print(drive(find('', 'a')))
print(list(find([1, 2, 3], 2)))

def summarize(nums):
    total = 0
    for n in nums:
        total += n
        yield total
    return {'count': len(nums), 'total': total}

def report(nums):
    stats = yield from summarize(nums)
    yield 'stats: %r' % (stats,)

print(list(report([1, 2, 3])))

def early():
    yield 1
    if True:
        return
    yield 2

print(list(early()))

def none_return():
    yield 1
    return None

g = none_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

def return_tuple():
    yield
    return 1, 2

g = return_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)

def return_exception_obj():
    yield
    return ValueError('returned, not raised')

g = return_exception_obj()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value is', repr(e.value))
