# Circular imports: a partially initialised module is visible to the other one, and
# importing the pair in the other order fails with a circular-import AttributeError.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
print('ml_circ_a' in sys.modules, 'ml_circ_b' in sys.modules)
import ml_circ_a
print('main: imported ml_circ_a')
print('ml_circ_a' in sys.modules, 'ml_circ_b' in sys.modules)
print(ml_circ_a.A_EARLY, ml_circ_a.A_LATE, ml_circ_a.ml_circ_b.B_VALUE)
print(ml_circ_a.from_b())
import ml_circ_b
print(ml_circ_b.ml_circ_a is ml_circ_a, ml_circ_b.describe())
from ml_circ_b import describe, B_VALUE
print(describe(), B_VALUE)
print(sorted(k for k in vars(ml_circ_a) if not k.startswith('__')))
print(sorted(k for k in vars(ml_circ_b) if not k.startswith('__')))
del sys.modules['ml_circ_a'], sys.modules['ml_circ_b']
print('re-importing ml_circ_b first:')
import ml_circ_b as b2
print(b2 is ml_circ_b, b2.describe())
print(sys.modules['ml_circ_a'].A_LATE)
