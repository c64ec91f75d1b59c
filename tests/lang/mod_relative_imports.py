# Relative imports inside packages, and relative-import errors.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
from ml_pkg.inner.deep import depth_info, parent_util_name
print(depth_info(), parent_util_name())
from ml_pkg import sub
print(sub.shout('x'), sub.util.__name__, sub.depth_info is depth_info)
try:
    import ml_pkg.inner.beyond
except ImportError as e:
    print(type(e).__name__ + ':', e)
try:
    import ml_pkg.bad_relative
except ImportError as e:
    print(type(e).__name__ + ':', e)
print('ml_pkg.bad_relative' in sys.modules, 'ml_pkg.inner.beyond' in sys.modules)
try:
    from . import ml_shapes
except ImportError as e:
    print(type(e).__name__ + ':', e)
try:
    from .ml_shapes import PI
except ImportError as e:
    print(type(e).__name__ + ':', e)
print(__package__, __name__)
