match = 1
match.x = 2
match[0] = 3
match(a, b)
case = match
_ = case
type = int
