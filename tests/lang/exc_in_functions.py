# Exceptions propagating through several frames.
def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    if n < 0:
        raise ValueError('negative: ' + str(n))
    return 10 / n
for v in (5, 0, -1):
    try:
        print(v, a(v))
    except ValueError as e:
        print(v, 'ValueError', e)
    except ZeroDivisionError as e:
        print(v, 'ZeroDivisionError', e)
def cleanup_chain(depth):
    try:
        if depth == 0:
            raise KeyError('bottom')
        cleanup_chain(depth - 1)
    finally:
        print('unwinding', depth)
try:
    cleanup_chain(3)
except KeyError as e:
    print('caught at top', e)
def catcher():
    try:
        thrower()
    except IndexError:
        return 'caught in catcher'
def thrower():
    [][1]
print(catcher())
def handler_raises():
    try:
        raise ValueError('inner')
    except ValueError:
        return int('not a number')
try:
    handler_raises()
except ValueError as e:
    print('got', e, '| context', repr(e.__context__))
def gen_error(kind):
    if kind == 1:
        return {}['missing']
    if kind == 2:
        return [][0]
    return None + 1
for k in (1, 2, 3):
    try:
        gen_error(k)
    except (KeyError, IndexError) as e:
        print('lookup error', type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__, e)
