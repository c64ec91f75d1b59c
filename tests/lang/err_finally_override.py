# An exception raised in finally replaces (and chains) the original one.
def process():
    try:
        print('working')
        raise ValueError('original problem')
    finally:
        print('cleaning up')
        raise RuntimeError('cleanup failed')


process()
