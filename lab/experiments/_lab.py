# Shared helpers of the lab's experiments (Python 2.7 / 3.x / gilpy).
from __future__ import print_function
import sys, json, time


def args(defaults):
    """Parse `--name value` pairs of sys.argv against defaults (a dict).
    The type of each default (int, float, str, list of ints) converts the
    value; a list is given as a comma-separated string."""
    opts = dict(defaults)
    argv = sys.argv[1:]
    i = 0
    while i < len(argv):
        a = argv[i]
        if not a.startswith('--') or i + 1 >= len(argv):
            fail('bad argument %r (expected --name value)' % a)
        name = a[2:].replace('-', '_')
        if name not in defaults:
            fail('unknown option --%s' % name)
        d = defaults[name]
        v = argv[i + 1]
        if isinstance(d, list):
            opts[name] = [int(x) for x in v.split(',') if x]
        elif isinstance(d, bool):
            opts[name] = v in ('1', 'true', 'yes')
        elif isinstance(d, int):
            opts[name] = int(v)
        elif isinstance(d, float):
            opts[name] = float(v)
        else:
            opts[name] = v
        i += 2
    return opts


def fail(msg):
    sys.stderr.write(msg + '\n')
    sys.exit(2)


def log(msg):
    sys.stderr.write(msg + '\n')


def emit(obj):
    """The experiment's one line of JSON on stdout."""
    sys.stdout.write(json.dumps(obj, sort_keys=True) + '\n')
    sys.stdout.flush()


def interp():
    """Which interpreter runs this: ('gilpy', policy) or ('cpython', None)."""
    try:
        import gil
        return 'gilpy', gil.stats().get('policy')
    except ImportError:
        return 'cpython', None


def version():
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def pct(sorted_vals, p):
    """The p-th percentile (0..100) of a sorted list, nearest rank below."""
    if not sorted_vals:
        return None
    i = int(len(sorted_vals) * p / 100.0)
    if i >= len(sorted_vals):
        i = len(sorted_vals) - 1
    return sorted_vals[i]


def r(x, nd=1):
    return None if x is None else round(x, nd)


def now():
    return time.time()
