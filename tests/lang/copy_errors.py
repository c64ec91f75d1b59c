# copy errors: objects that cannot be copied and failing hooks.
import copy
import sys


def gen():
    yield 1


class BadCopy:
    def __copy__(self):
        raise ValueError('no copies allowed')

    def __deepcopy__(self, memo):
        raise RuntimeError('no deep copies either')


class BadReduce:
    def __reduce__(self):
        return 'not a tuple'


class Partial:
    def __reduce__(self):
        return (Partial,)


for label, fn in [('generator', lambda: copy.copy(gen())), ('deep generator', lambda: copy.deepcopy(gen())),
                  ('module', lambda: copy.deepcopy(sys)), ('bad copy', lambda: copy.copy(BadCopy())),
                  ('bad deepcopy', lambda: copy.deepcopy([BadCopy()])),
                  ('str reduce', lambda: copy.copy(BadReduce())),
                  ('short reduce', lambda: copy.copy(Partial())),
                  ('no args', lambda: copy.copy()), ('memo type', lambda: copy.deepcopy([1], [])),
                  ]:
    try:
        r = fn()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
print(copy.deepcopy(sys.maxsize), copy.copy(print) is print)
