# ModuleNotFoundError messages and attributes for missing modules and submodules.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
cases = ['ml_definitely_missing', 'ml_pkg.nope', 'ml_shapes.nope', 'ml_pkg.inner.x.y',
         'ml_missing_parent.child']
for name in cases:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print('%-26s %s | name=%s' % (name, e, e.name))
try:
    import ml_definitely_missing as alias
except ImportError as e:
    print(type(e).__name__, isinstance(e, ImportError), issubclass(ModuleNotFoundError, ImportError))
try:
    from ml_missing_mod import thing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)


def optional_import():
    try:
        import ml_optional_feature
    except ImportError:
        return 'feature unavailable, using fallback'
    return 'feature available'


print(optional_import())
print('ml_definitely_missing' in sys.modules)
