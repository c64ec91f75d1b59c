# Circular imports: the partially initialised module is visible to the other one.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
import ml_circ_a
print('main: imported ml_circ_a')
print(ml_circ_a.A_EARLY, ml_circ_a.A_LATE, ml_circ_a.ml_circ_b.B_VALUE)
print(ml_circ_a.from_b())
import ml_circ_b
print(ml_circ_b.ml_circ_a is ml_circ_a, ml_circ_b.describe())
