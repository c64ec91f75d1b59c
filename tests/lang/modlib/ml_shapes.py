"""Helper module for the mod_ tests: simple shapes and constants."""
PI = 3.14159
UNIT = 'cm'
_private_helper_calls = 0


def _private_helper(x):
    global _private_helper_calls
    _private_helper_calls += 1
    return round(x, 2)


def circle_area(r):
    return _private_helper(PI * r * r)


def square_area(s):
    return s * s


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return 'Rect(%r, %r)' % (self.w, self.h)
