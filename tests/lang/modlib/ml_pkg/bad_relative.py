"""Helper module for the mod_ tests: relative import of a missing sibling."""
from .does_not_exist import anything
