import os, sys
from collections import (
    OrderedDict,
    defaultdict as dd,
)
from .sibling import thing
from ..parent.mod import *
import xml.etree.ElementTree as ET
