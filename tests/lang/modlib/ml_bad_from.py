"""Helper module for the mod_ tests: imports a name that does not exist."""
from ml_shapes import circle_area, no_such_function
