"""Helper module for the mod_ tests: defines __all__ for star imports."""
__all__ = ['public_a', 'PublicClass', '_exported_private']


def public_a():
    return 'public_a'


def public_b():
    return 'public_b (not in __all__)'


def _exported_private():
    return '_exported_private (listed in __all__)'


class PublicClass:
    kind = 'public'
