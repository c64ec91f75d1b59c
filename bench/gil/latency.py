# The I/O round-trip and signal-latency experiments of the seed's
# gil_experiments.py (bench/gil/gil_experiments.py, an unmodified copy),
# run on whichever interpreter runs this file (gilpy, CPython 2.7 or 3.x).
# Prints one line per experiment: a key, then the figures.
#   latency.py [ROUNDS]
from __future__ import print_function
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gil_experiments as g

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
for k in (0, 1, 2):
    print("io%d %s" % (k, g.io_latency(k, rounds)))
    sys.stdout.flush()
for mode, k in (('spin', 1), ('sleep', 2)):
    r = g.signal_latency(mode, k)
    # "n=50 p50=..us p99=..us max=..us" -> "50 p50 p99 max"
    if r.startswith('n='):
        r = ' '.join(f.split('=')[1].replace('us', '') for f in r.split())
    print("sig-%s%d %s" % (mode, k, r))
    sys.stdout.flush()
