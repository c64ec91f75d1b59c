"""Helper module for the mod_ tests: contains a syntax error."""
def ok():
    return 1

def broken(:
    return 2
