def pow_(base, exp, /, mod=None):
    return pow(base, exp, mod)
print(pow_(2, 10), pow_(2, 10, 1000))
