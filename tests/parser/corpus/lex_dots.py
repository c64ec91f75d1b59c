from . import a
x = a.b
y = ...
z = a[...]
w = 1.
v = .1
u = x.__class__
