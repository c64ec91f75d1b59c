# str.join with various iterables.
print(','.join(['a', 'b', 'c']), ''.join(('x', 'y')), '-'.join('abc'), '|'.join([]), '|'.join(['only']))
print(', '.join({'k1': 1, 'k2': 2}), 'é'.join(['α', 'β']), '😀'.join('ab'), ''.join(reversed('abc')))
print(' '.join(map(str, range(5))), '+'.join(sorted('cab')))
parts = []
for i in range(10):
    parts.append(str(i))
print('-'.join(parts), len(''.join(parts * 100)))
print(str.join(':', ['a', 'b']), ''.join(['', '', '']), 'ab'.join(['', '']))
def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError:', e)
show(lambda: ''.join([1]))
show(lambda: ''.join(['a', 2]))
show(lambda: ''.join(['a', b'b']))
show(lambda: ''.join(1))
show(lambda: ''.join(None))
show(lambda: ''.join())
show(lambda: ''.join(['a'], ['b']))
show(lambda: ''.join(iterable=['a']))
show(lambda: ','.join(('a', None)))
