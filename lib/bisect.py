"""Bisection algorithms for sorted sequences.

The comparisons are those of CPython's _bisect, in the same order:
bisect_right asks `x < a[mid]`, bisect_left asks `a[mid] < x` (with key,
`key(a[mid])` stands for `a[mid]`). lo and hi are converted with
__index__; hi None (or -1, as in _bisect) means len(a).
"""

def _index(v):
    if type(v) is int:
        return v
    try:
        index = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % ('NoneType' if v is None else type(v).__name__)
                        ) from None
    return index(v)


def _bounds(a, lo, hi):
    lo = _index(lo)
    if hi is not None:
        if type(hi) is not int:
            if not hasattr(type(hi), '__index__'):
                raise TypeError("argument should be integer or None, not '%s'"
                                % type(hi).__name__)
            hi = type(hi).__index__(hi)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if type(a) is not list and isinstance(a, dict) and (
            hi is None or hi == -1 or lo < hi):
        # A mapping has a length and items but is no sequence.
        raise TypeError('%s is not a sequence' % type(a).__name__)
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index after the last item of a[lo:hi] that is <= x.

    insort_right (a.insert(i, x) at that index) keeps a sorted and puts x
    after any equal items.
    """
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index of the first item of a[lo:hi] that is >= x."""
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted a, after any items equal to it."""
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted a, before any items equal to it."""
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


bisect = bisect_right
insort = insort_right
