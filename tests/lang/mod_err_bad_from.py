# An uncaught ImportError raised by a from-import inside another module.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
print('importing ml_bad_from')
import ml_bad_from
