"""Helper module for the mod_ tests: no __all__, so underscore names are hidden."""
import math as _math

visible = 'visible'
_hidden = 'hidden'
__dunder_like = 'also hidden'


def helper():
    return 'helper uses ' + _hidden


root2 = round(_math.sqrt(2), 4)
