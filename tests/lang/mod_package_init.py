# Importing a package runs its __init__.py, which itself imports submodules.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
print('before import')
import ml_pkg
print('after import')
print(ml_pkg.__name__, ml_pkg.__doc__, ml_pkg.VERSION, ml_pkg.__package__)
print(ml_pkg.greet('bob'), ml_pkg.slugify('Hello Package World'))
print(ml_pkg.__file__.endswith(os.path.join('ml_pkg', '__init__.py')), hasattr(ml_pkg, '__path__'))
print(hasattr(ml_pkg, 'util'), hasattr(ml_pkg, 'sub'), hasattr(ml_pkg, 'inner'))
print(ml_pkg._sub_alias is ml_pkg.sub, ml_pkg.sub.__name__, ml_pkg.sub.__package__)
print(sorted(k for k in sys.modules if k.startswith('ml_pkg')))
import ml_pkg
print('second import prints nothing')
print(ml_pkg.sub.run('Two Words'))
try:
    ml_pkg.nonexistent
except AttributeError as e:
    print('AttributeError:', e)
try:
    from ml_pkg import not_there
except ImportError as e:
    print('ImportError:', e)
