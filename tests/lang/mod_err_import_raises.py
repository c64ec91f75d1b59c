# An exception raised inside a module body while importing it (uncaught).
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
import ml_shapes
print('ml_shapes ok')
try:
    import ml_broken
except KeyError as e:
    print('KeyError while importing:', e, '| cached:', 'ml_broken' in sys.modules)
import ml_broken
