# Uncaught TypeError: a partial's stored keyword clashes with a positional argument.
import functools


def area(width, height):
    return width * height


square_ish = functools.partial(area, height=2)
print(square_ish(3), square_ish(width=4))
print(square_ish(3, 4))
