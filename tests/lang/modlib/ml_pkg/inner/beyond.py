"""Helper module for the mod_ tests: relative import beyond the top-level package."""
from ... import something
