# Subscripting a non-subscriptable object, and unhashable keys.
def first(x):
    return x[0]


print(first([5, 6]))
print(first('str'))
print(first(42))
