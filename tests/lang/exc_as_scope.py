# The 'except ... as name' target is deleted after the handler.
def f():
    err = 'outer value'
    try:
        raise KeyError('k')
    except KeyError as err:
        print('inside handler:', repr(err))
    try:
        return err
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
x = 1
try:
    1 / 0
except ZeroDivisionError as x:
    pass
try:
    print(x)
except NameError as e:
    print('after handler, NameError:', e)
saved = None
try:
    [].pop()
except IndexError as e:
    saved = e
print('saved survives:', type(saved).__name__, saved)
def nested_names():
    try:
        try:
            raise ValueError('inner')
        except ValueError as a:
            raise TypeError('outer') from a
    except TypeError as b:
        return repr(b), repr(b.__cause__)
print(nested_names())
for i in range(2):
    try:
        raise RuntimeError(i)
    except RuntimeError as loop_err:
        print('loop', loop_err.args)
try:
    loop_err
except NameError as e:
    print('NameError:', e)
