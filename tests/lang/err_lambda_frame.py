# Traceback through a lambda and a builtin (map/sorted with key).
def by_length(words):
    return sorted(words, key=lambda w: len(w))


print(by_length(['ccc', 'a', 'bb']))
print(by_length(['x', None, 'yy']))
