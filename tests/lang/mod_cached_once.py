# A module body runs once; later imports reuse sys.modules until it is removed.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
print('first import:')
import ml_loud
print('second import:')
import ml_loud
import ml_loud as again
from ml_loud import add
print(again is ml_loud, sys.modules['ml_loud'] is ml_loud)
print(add(1), ml_loud.add(2), again.items)


def in_function():
    import ml_loud
    return ml_loud.add(3)


print(in_function(), ml_loud.items)
old = ml_loud
del sys.modules['ml_loud']
print('after removal from sys.modules:')
import ml_loud
print(ml_loud is old, ml_loud.items, old.items, add.__globals__ is vars(old))
sys.modules['ml_fake'] = 'not even a module'
import ml_fake
print(repr(ml_fake))
sys.modules['ml_none'] = None
try:
    import ml_none
except ImportError as e:
    print(type(e).__name__ + ':', e)
