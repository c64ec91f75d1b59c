# Uncaught NameError with no similar name (no suggestion).
def compute():
    result = 0
    for i in range(3):
        result += i
    return result + qqqzzz_unknown


print('computing')
print(compute())
