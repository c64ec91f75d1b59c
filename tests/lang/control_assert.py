# assert statements.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], ['message', 'as', 'list']
except AssertionError as e:
    print('AssertionError:', e, type(e.args[0]).__name__)
def check(v):
    assert isinstance(v, int), 'expected int, got ' + type(v).__name__
    return v * 2
print(check(4))
try:
    check('x')
except AssertionError as e:
    print('AssertionError:', e)
calls = []
def msg():
    calls.append('msg evaluated')
    return 'm'
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(issubclass(AssertionError, Exception))
assert (1, 2) == (1, 2)
print('tuple comparison assert passed')
