f()
x
1
'docstring'
a.b
(yield)
x + 1
...
