# Uncaught exception raised while handling another one (implicit chaining).
def load(key):
    store = {'a': 1}
    try:
        return store[key]
    except KeyError:
        raise ValueError('no such key: ' + key)


print(load('a'))
print(load('b'))
