"""Helper module for the mod_ tests: circular import, first half."""
print('ml_circ_a: start')
A_EARLY = 'a-early'
import ml_circ_b
A_LATE = 'a-late'
print('ml_circ_a: end, sees', ml_circ_b.B_VALUE)


def from_b():
    return ml_circ_b.describe()
