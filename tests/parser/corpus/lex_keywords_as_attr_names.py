a.match = 1
a.case = 2
a.type = 3
_ = 4
match = 5
case = 6
type = 7
print(match, case, type, _)
match(x)
type(x)
