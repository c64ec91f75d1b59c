def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x
assert 0 <= clamp(5, 0, 3) <= 3
print(1 < 2 < 3 != 4 == 4 is not None)
