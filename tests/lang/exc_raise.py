# raise with instances, classes, messages and re-raise.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '', e.args)
try:
    raise ValueError('bad value', 42)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise KeyError('key')
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    raise TypeError()
except TypeError as e:
    print(repr(e), e.args)
def reraise():
    try:
        raise RuntimeError('original')
    except RuntimeError:
        print('handling, then re-raising')
        raise
try:
    reraise()
except RuntimeError as e:
    print('caught re-raised:', e)
err = IndexError('stored')
try:
    raise err
except IndexError as e:
    print(e is err, e)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
try:
    raise 'string'
except TypeError as e:
    print('TypeError:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
ex = Exception('a', 'b')
print(str(ex), repr(ex), ex.args, len(ex.args))
print(str(Exception()), repr(Exception()), str(Exception('x')), repr(Exception(None)))
print(repr(KeyError()), str(KeyError('')), str(KeyError(1, 2)))
print(repr(StopIteration(3)), StopIteration(3).value)
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code)
