# Calling a non-callable value.
handlers = {'a': len, 'b': 42}


def dispatch(name, arg):
    h = handlers[name]
    return h(arg)


print(dispatch('a', 'xyz'))
print(dispatch('b', 'xyz'))
