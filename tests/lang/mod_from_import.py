# from m import a, b as c: names are bound to the current values (snapshots).
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
from ml_shapes import PI, circle_area, Rect as Rectangle, UNIT as unit_name
from ml_shapes import (square_area,
                       _private_helper)

print(PI, circle_area(1), Rectangle(1, 2), unit_name, square_area(2), _private_helper(2.345))
import ml_shapes
ml_shapes.PI = 100
print('rebound in module:', ml_shapes.PI, '| our copy:', PI)
print('function sees module global:', circle_area(1))
print(Rectangle is ml_shapes.Rect, 'Rect' in dir(), 'Rectangle' in dir())
PI = 'shadowed locally'
print(ml_shapes.PI, PI)
from ml_pkg.util import shout
from ml_pkg import inner
from ml_pkg.inner import LEVEL
print(shout('hey'), inner.LEVEL, LEVEL, inner.__name__)


def local_import():
    from ml_shapes import square_area as sq
    return sq(9)


print(local_import(), 'sq' in dir())
try:
    from ml_shapes import missing_name
except ImportError as e:
    print('ImportError:', e)
    print('name:', e.name, '| type:', type(e).__name__)
try:
    from ml_shapes import PI, also_missing
except ImportError as e:
    print('ImportError:', e)
