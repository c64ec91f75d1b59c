# An exception raised inside a module body while importing it (uncaught).
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
import ml_shapes
print('ml_shapes ok')
try:
    import ml_broken
except KeyError as e:
    print('KeyError while importing:', e, '| cached:', 'ml_broken' in sys.modules)
try:
    from ml_broken import value
except KeyError as e:
    print('from-import also re-runs the module body:', e)


def optional(name):
    try:
        return __import__(name)
    except Exception as e:
        return '%s failed: %s(%s)' % (name, type(e).__name__, e)


print(optional('ml_broken'))
print(optional('ml_shapes').__name__)
import ml_broken
