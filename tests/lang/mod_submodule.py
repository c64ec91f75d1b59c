# Importing submodules binds them as attributes of the parent package.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
import ml_pkg.inner
print('inner imported:', ml_pkg.inner.LEVEL, ml_pkg.inner.__name__)
print(hasattr(ml_pkg.inner, 'deep'))
import ml_pkg.inner.deep
print(hasattr(ml_pkg.inner, 'deep'), ml_pkg.inner.deep.__name__, ml_pkg.inner.deep.__package__)
print(ml_pkg.inner.deep.depth_info())
from ml_pkg.inner import deep as d
print(d is ml_pkg.inner.deep, d.parent_util_name())
print(sorted(k for k in sys.modules if k.startswith('ml_pkg')))
import ml_pkg.sub as s
print(s.run('Sub Module'))
try:
    import ml_shapes.sub
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    import ml_pkg.inner.nothing_here
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
