# any and all short-circuit.
print(any([False, 0, 1]), all([1, 2, 0]), any([]), all([]), any('abc'), all(''))
print(any([None, '', [], {}]), all([[0], ' ', (None,)]))
def noisy(v):
    print('check', v)
    return v
print(any(map(noisy, [0, 0, 3, 4])))
print(all(map(noisy, [1, 2, 0, 4])))
print(any({0: 'a'}), all({1: 0}), any(range(0)), all(range(1, 5)))
nums = [2, 4, 6, 7]
print(all(map(lambda n: n % 2 == 0, nums)), any(map(lambda n: n > 6, nums)))
try:
    any(5)
except TypeError as e:
    print('TypeError:', e)
try:
    all(None)
except TypeError as e:
    print('TypeError:', e)
