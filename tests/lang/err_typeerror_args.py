# Uncaught TypeError for a wrong number of arguments.
def area(width, height):
    return width * height


def compute(shapes):
    out = []
    for s in shapes:
        out.append(area(*s))
    return out


print(compute([(2, 3), (4, 5)]))
print(compute([(1, 2), (3,)]))
