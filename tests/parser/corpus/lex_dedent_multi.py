if a:
    if b:
        if c:
            x = 1
y = 2
if d:
    if e:
        z = 3
    w = 4
