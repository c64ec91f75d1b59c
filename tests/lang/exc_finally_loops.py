# finally with continue/break/return in loops and nested functions.
def search(items, target):
    log = []
    for i, v in enumerate(items):
        try:
            if v is None:
                log.append('skip %d' % i)
                continue
            if v == target:
                log.append('found %d' % i)
                return i, log
        finally:
            log.append('checked %d' % i)
    return -1, log
print(search([1, None, 3, 4], 3))
print(search([None, 2], 9))
def counting():
    n = 0
    while True:
        try:
            n += 1
            if n == 2:
                continue
            if n >= 4:
                break
        finally:
            print('finally n =', n)
    return n
print(counting())
def error_after_finally():
    results = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                results.append(i)
            finally:
                results.append('f%d' % i)
        except ValueError as e:
            results.append('caught %s' % e)
    return results
print(error_after_finally())
def finally_return_in_loop():
    for i in range(5):
        try:
            if i == 2:
                return 'returned at 2'
        finally:
            if i == 2:
                print('finally sees i == 2')
print(finally_return_in_loop())
