# An uncaught error from inside an itertools pipeline: traceback and exit status 1.
from itertools import islice, count, accumulate


def scaled(values):
    for v in values:
        yield 100 // v


print(list(islice(accumulate(scaled([4, 2, 1])), 2)))
total = sum(islice(accumulate(scaled(count(-2))), 10))
print('not reached', total)
