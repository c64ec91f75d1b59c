# Container displays.
print([])
print([1])
print([1, 2, 3,])
print(())
print((1,))
print((1, 2))
print(1, 2)
t = 1, 2, 3
print(t)
print({})
print({'a': 1, 'b': 2})
print({1: 'x', 2: 'y', 1: 'z'})
print({1, 2, 3})
print({3, 1, 2, 1})
print(set())
print([[1, 2], [3, [4, 5]], []])
print(((1,), ((),)))
print({'k': [1, {'n': (2, 3)}]})
print([1, 'two', 3.0, None, True, b'x'])
print({(1, 2): 'tuple key', 3: [4]})
x = [
    1,
    2,
]
print(x)
print([*x, *'ab'])
print((*x, 0))
print({*x, 5})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print(type([]).__name__, type(()).__name__, type({}).__name__, type({1}).__name__)
print([None] * 3, [()] * 2)
print({True: 'a', 1: 'b', 1.0: 'c'})
