# getattr, setattr, hasattr, delattr, callable on builtin objects.
s = 'text'
print(getattr(s, 'upper')(), getattr(s, 'nope', 'default'), hasattr(s, 'split'), hasattr(s, 'nope'))
print(getattr([1, 2], 'count')(1), getattr(5, 'real'), getattr(1.5, 'imag'))
f = getattr(str, 'join')
print(f('-', ['a', 'b']))
def func():
    return 'called'
setattr(func, 'tag', 'custom attribute')
print(func.tag, getattr(func, 'tag'), hasattr(func, 'tag'))
func.other = 123
print(func.other)
delattr(func, 'tag')
print(hasattr(func, 'tag'))
del func.other
print(hasattr(func, 'other'))
print(callable(func), callable(len), callable(str), callable('s'), callable(None), callable(lambda: 0), callable(s.upper))
try:
    getattr(s, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(s, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr([], 'append', None)
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(func, 'never_set')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(s, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    x = 5
    x.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    None.foo = 1
except AttributeError as e:
    print('AttributeError:', e)
print(func.__name__, func())
