# Raising a bare exception class with no message.
def validate(x):
    if x is None:
        raise ValueError
    return x


print(validate(1))
validate(None)
