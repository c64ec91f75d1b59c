"""Helper module for the mod_ tests: utility functions inside ml_pkg."""
print('ml_pkg.util: executing')


def slugify(text):
    return '-'.join(text.lower().split())


def shout(text):
    return text.upper() + '!'
