# A retry decorator with arguments, exception filtering and attempt logging.
import functools


def retry(attempts=3, on=(Exception,), log=None):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for i in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except on as e:
                    last = e
                    if log is not None:
                        log.append('%s attempt %d: %s' % (fn.__name__, i, e))
            raise RuntimeError('%s failed after %d attempts' % (fn.__name__, attempts)) from last
        return wrapper
    return deco


log = []
state = {'calls': 0}


@retry(attempts=4, on=(IOError,), log=log)
def flaky():
    state['calls'] += 1
    if state['calls'] < 3:
        raise IOError('transient %d' % state['calls'])
    return 'ok after %d calls' % state['calls']


print(flaky(), log)


@retry(attempts=2, on=(KeyError,), log=log)
def always_fails(d):
    return d['missing']


try:
    always_fails({})
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))


@retry(on=(KeyError,))
def wrong_kind():
    raise ValueError('not retried')


try:
    wrong_kind()
except ValueError as e:
    print('ValueError:', e)
print(log[-2:])


@retry(attempts=0)
def zero():
    return 'never called'


try:
    zero()
except RuntimeError as e:
    print('RuntimeError:', e, e.__cause__)
