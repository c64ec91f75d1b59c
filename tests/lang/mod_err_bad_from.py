# An uncaught ImportError raised by a from-import inside another module.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
from ml_shapes import circle_area, Rect
print(circle_area(1), Rect(2, 3).area())
try:
    from ml_shapes import no_such_function
except ImportError as e:
    print('caught directly:', e.name, type(e).__name__)
try:
    import ml_bad_from
except ImportError as e:
    print('caught via module:', e)
print('ml_bad_from' in sys.modules, 'ml_shapes' in sys.modules)


def load():
    import ml_bad_from
    return ml_bad_from


print('importing ml_bad_from again (not cached, runs again)')
load()
