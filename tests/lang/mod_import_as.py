# import ... as ...: aliases for modules, submodules and several imports in one statement.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
import ml_shapes as shapes, ml_star_all as sa
import ml_pkg.util as pkg_util
import ml_pkg.inner.deep

print(shapes.__name__, sa.__name__, pkg_util.__name__)
print(shapes.square_area(5), sa.public_a(), pkg_util.slugify('Import As Works'))
print('shapes' in dir(), 'ml_shapes' in dir(), 'ml_pkg' in dir(), 'pkg_util' in dir())
print(ml_pkg.inner.deep.depth_info())
print(ml_pkg.util is pkg_util, sys.modules['ml_pkg.util'] is pkg_util)
import ml_shapes
print(ml_shapes is shapes)
s1 = shapes
import ml_shapes as shapes
print(s1 is shapes)
try:
    import ml_pkg.util.slugify
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    import ml_pkg.missing_sub as ms
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, '| name =', e.name)
