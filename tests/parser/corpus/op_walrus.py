if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
x = [y := 5, y ** 2]
print(z := 3)
f(a, (b := 2))
[y for x in data if (y := g(x))]
