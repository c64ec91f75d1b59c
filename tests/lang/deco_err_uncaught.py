# An exception raised through several decorator wrappers shows each wrapper frame.
import functools


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ConnectionError as e:
                    print('  attempt %d failed: %s' % (attempt, e))
            return fn(*args)
        return wrapper
    return deco


def checked(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        result = fn(*args)
        if result is None:
            raise ValueError('%s returned None' % fn.__name__)
        return result
    return wrapper


calls = {'n': 0}


@checked
@retry(2)
def fetch(key):
    calls['n'] += 1
    if key == 'flaky' and calls['n'] < 3:
        raise ConnectionError('network glitch %d' % calls['n'])
    if key == 'down':
        raise ConnectionError('server down')
    return {'ok': 'value', 'flaky': 'eventually'}.get(key)


print(fetch('ok'))
print(fetch('flaky'))
try:
    fetch('missing')
except ValueError as e:
    print('ValueError:', e)
print(fetch.__name__, fetch.__wrapped__.__name__)
fetch('down')
