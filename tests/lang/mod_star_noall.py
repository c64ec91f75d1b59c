# from m import * without __all__ skips names starting with an underscore.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
before = set(dir())
from ml_star_noall import *
added = sorted(set(dir()) - before - {'before'})
print(added)
print(visible, helper(), root2)
for name in ['_hidden', '_math', '__dunder_like', '_ml_star_noall__dunder_like']:
    try:
        eval(name)
        print(name, 'imported')
    except NameError as e:
        print('NameError:', e)
import ml_star_noall
print(ml_star_noall._hidden, ml_star_noall._math.__name__)
print(sorted(k for k in vars(ml_star_noall) if k.startswith('_') and not k.startswith('__')))


def uses_star_names():
    return visible.upper(), helper()


print(uses_star_names())
