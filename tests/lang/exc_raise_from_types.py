# Raising classes vs instances, and raising inside expressions.
def raise_class():
    raise IndexError
def raise_instance():
    raise IndexError('with message')
def raise_in_lambda():
    f = lambda: {}['key']
    return f()
def raise_from_class():
    raise ValueError from KeyError
for fn in (raise_class, raise_instance, raise_in_lambda, raise_from_class):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, repr(e), repr(e.__cause__))
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args)
try:
    raise BaseException('base')
except BaseException as e:
    print('caught', repr(e))
try:
    raise int
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError('x') from 'notexc'
except TypeError as e:
    print('TypeError:', e)
def conditional(flag):
    return 'fine' if flag else {}['missing']
print(conditional(True))
try:
    conditional(False)
except KeyError as e:
    print('KeyError', e)
def reraise_other():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    reraise_other()
except ZeroDivisionError as e:
    print('re-raised instance', e, e.__context__)
