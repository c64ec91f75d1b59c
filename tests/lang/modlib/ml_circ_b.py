"""Helper module for the mod_ tests: circular import, second half."""
print('ml_circ_b: start')
import ml_circ_a
B_VALUE = 'b-value'
print('ml_circ_b: ml_circ_a partially initialised; has A_EARLY:', hasattr(ml_circ_a, 'A_EARLY'),
      'has A_LATE:', hasattr(ml_circ_a, 'A_LATE'))


def describe():
    return 'b sees ' + ml_circ_a.A_LATE
