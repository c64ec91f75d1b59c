"""Helper subpackage for the mod_ tests."""
print('ml_pkg.inner: __init__ executing')
LEVEL = 2
