# ImportError "cannot import name" from modules and packages, with e.name/e.path.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
try:
    from ml_shapes import hexagon
except ImportError as e:
    print('ImportError:', e)
    print('e.name =', e.name, '| path ends ok:', str(e.path).endswith('ml_shapes.py'))
try:
    from ml_pkg import missing_thing
except ImportError as e:
    print('ImportError:', e)
try:
    from ml_pkg.inner import deep, shallow
except ImportError as e:
    print('ImportError:', e)
print('ml_pkg.inner.deep' in sys.modules)
try:
    import ml_bad_from
except ImportError as e:
    print('ImportError while importing ml_bad_from:', e)
print('ml_bad_from' in sys.modules)
try:
    from sys import no_such_sys_attr
except ImportError as e:
    print('ImportError:', e)
