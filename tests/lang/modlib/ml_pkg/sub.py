"""Helper module for the mod_ tests: a submodule using relative imports."""
print('ml_pkg.sub: executing')
from .util import shout
from . import util
from .inner.deep import depth_info


def run(text):
    return shout(util.slugify(text)) + ' | ' + depth_info()
