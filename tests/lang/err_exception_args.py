# Uncaught exceptions with several args or an empty message.
def check(kind):
    if kind == 'empty':
        raise ValueError('')
    raise Exception('multiple', 'args', 3)


try:
    check('empty')
except ValueError as e:
    print('caught empty message', repr(str(e)))
check('multi')
