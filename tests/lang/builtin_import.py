# import of builtin modules: plain, aliased, several at once, from-import.
import sys
import math
import time
import math as m
import sys as system, math as maths
print(m is math, system is sys, maths.pi == math.pi)
print(type(math).__name__, math.__name__, sys.__name__, time.__name__)
from math import sqrt, floor
from math import pi as PI
print(sqrt(49), floor(-1.5), PI == math.pi)
def uses_import_inside():
    import math
    return math.factorial(5)
print(uses_import_inside())
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import nonexistent_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import nonexistent_module_xyz as alias
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
print(hasattr(math, 'sqrt'), hasattr(math, 'nope'), callable(math.sqrt))
try:
    math.nope
except AttributeError as e:
    print('AttributeError:', e)
import math
print(math is m)
