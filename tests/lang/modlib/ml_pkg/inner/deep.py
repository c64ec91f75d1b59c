"""Helper module for the mod_ tests: two levels deep, imports from parents."""
print('ml_pkg.inner.deep: executing')
from .. import util
from ..util import slugify
from . import LEVEL


def depth_info():
    return 'deep at level %d, slug=%s' % (LEVEL, slugify('A B'))


def parent_util_name():
    return util.__name__
