# Uncaught UnboundLocalError.
total = 5


def increment():
    total += 1
    return total


print('calling increment')
increment()
