# __context__, __cause__ and __suppress_context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        int('q')
    except ValueError:
        raise TypeError('no context') from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise IndexError('direct') from ValueError('explicit cause')
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise KeyError('k') from 5
except TypeError as e:
    print('TypeError:', e)
def level3():
    raise OSError('disk')
def level2():
    try:
        level3()
    except OSError as e:
        raise LookupError('lookup failed') from e
def level1():
    try:
        level2()
    except LookupError:
        raise RuntimeError('top')
try:
    level1()
except RuntimeError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c)
        c = c.__cause__ or c.__context__
e1 = ValueError('manual')
e1.__cause__ = KeyError('set by hand')
print(repr(e1.__cause__), e1.__suppress_context__)
