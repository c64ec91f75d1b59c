# Triple-quoted strings keep newlines and indentation.
s = """line one
line two
    indented line
"""
print(s)
print(repr(s))
t = '''a
b'''
print(len(t), t.count('\n'))
u = """\
no leading newline
"""
print(repr(u))
v = """quotes " and "" inside"""
print(v)
w = '''escapes\tinside\n'''
print(repr(w))
def f():
    """A docstring is just a string expression."""
    return 1
print(f())
x = """
"""
print(repr(x))
y = """tab	inside"""
print(repr(y))
