"""Helper package for the mod_ tests."""
print('ml_pkg: __init__ executing')
VERSION = '1.2'
from .util import slugify
from . import sub as _sub_alias

__all__ = ['VERSION', 'slugify', 'greet']


def greet(name):
    return 'hello %s from ml_pkg %s' % (name, VERSION)
