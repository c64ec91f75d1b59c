import os
import os.path
import os.path as p
import a, b.c as d, e
from os import path
from os import path as p, sep
from os import (path, sep,)
from os.path import *
