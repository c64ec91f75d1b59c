from . import a
from .. import b
from .m import c
from ..m.n import d as e
from ... import f
from .... import g
from . import (h, i as j)
from .x import *
