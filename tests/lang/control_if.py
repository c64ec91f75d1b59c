# if / elif / else chains and truthiness.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
for v in (0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), {}, {'k': 0}, None, set(), range(0), b''):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3: print('one-line if')
if x > 10:
    pass
else:
    print('else branch')
if x:
    if x > 4:
        if x > 6:
            print('>6')
        else:
            print('5 or 6')
if not x == 4:
    print('not 4')
if x in (1, 5, 9) and x is not None:
    print('member')
