# sys.exit deep inside calls, with except clauses that do not catch it.
import sys
def validate(x):
    if x < 0:
        print('invalid input, exiting')
        sys.exit(2)
    return x
def process(items):
    out = []
    for i in items:
        try:
            out.append(validate(i))
        except Exception:
            print('Exception handler does not catch SystemExit')
    return out
print(process([1, 2]))
print(process([3, -1, 4]))
print('not reached')
