'''Module docstring.'''

def f():
    """Function docstring
    spanning lines.
    """

class C:
    r'''Raw \docstring'''
