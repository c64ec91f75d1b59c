# finally semantics with return, break, continue.
def ret_in_try():
    try:
        return 'try'
    finally:
        print('finally after return')
print(ret_in_try())
def finally_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows())
def order():
    log = []
    try:
        log.append('try')
        return log
    finally:
        log.append('finally')
print(order())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('cleanup', i)
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('caught', e)
    finally:
        print('outer finally')
nested()
def exc_in_finally():
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
try:
    exc_in_finally()
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print('loop finally', count)
