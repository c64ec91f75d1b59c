# A set used as an element is looked up as the equal frozenset.
fs = {frozenset({1, 2}), frozenset({3})}
print({1, 2} in fs, {2, 1} in fs, {4} in fs, set() in fs)
print(fs.__contains__({3}))
fs.remove({3})
print(fs)
fs.discard({2, 1})
print(fs, len(fs))
fs.add(frozenset())
fs.discard(set())
print(fs)
try:
    fs.remove({9})
except KeyError as e:
    print('KeyError:', e)
try:
    fs.add({1})
except TypeError as e:
    print('TypeError:', e)
try:
    {1} in {1: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    [1] in {frozenset()}
except TypeError as e:
    print('TypeError:', e)
print(1 in {1}, 2 in frozenset({1}), (1,) in {(1,)}, 1.0 in {1}, True in {1})
print(frozenset({1}) in {frozenset({1})}, frozenset({1}) in [{1}])
