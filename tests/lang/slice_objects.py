# slice objects and their use.
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None), slice(1, None), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -1)], data[slice(-3, None)])
print('abcdefgh'[slice(2, 6)], (1, 2, 3, 4)[slice(None, None, 2)])
print(s.indices(4), slice(None, None, -1).indices(5), slice(-3, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
data[slice(0, 2)] = ['a', 'b']
print(data)
del data[slice(0, 10, 3)]
print(data)
print(range(10)[slice(2, 8, 2)], b'hello'[slice(1, 4)])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print('ValueError:', e)
try:
    data[slice('a', 'b')]
except TypeError as e:
    print('TypeError:', e)
print(type(s).__name__, repr(slice(1, 2, None)))
