# from m import * honours __all__ (even for underscore names listed there).
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
before = set(dir())
from ml_star_all import *
added = sorted(set(dir()) - before - {'before'})
print(added)
print(public_a(), _exported_private(), PublicClass.kind)
try:
    public_b()
except NameError as e:
    print('NameError:', e)
import ml_star_all
print(ml_star_all.public_b(), ml_star_all.__all__)
from ml_pkg import *
print(VERSION, slugify('Star From Package'), greet('ann'))
try:
    util
except NameError as e:
    print('NameError:', e)
