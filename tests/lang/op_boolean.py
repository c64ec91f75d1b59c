# and / or / not return values and short-circuit evaluation.
def t(label, val):
    print('eval', label)
    return val
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or 0)
print([] and 'x', [1] and 'x', 0 or '' or None, 5 or t('never', 1))
print(t('a', 0) and t('b', 1))
print(t('c', 1) and t('d', 0))
print(t('e', 0) or t('f', 0))
print(t('g', 'first') or t('h', 'second'))
print(not 0, not 1, not [], not [0], not None, not 'x')
print(type(1 and 2).__name__, type(0 or 'x').__name__, type(not 5).__name__)
x = None
print(x and x.attr)
d = {}
print('k' in d and d['k'])
y = 0
print(y != 0 and 10 / y)
print(True and t('i', 'value'))
print(False or t('j', []) or t('k', 'last'))
print(0 and t('x', 1) or t('l', 'after and'))
r = t('m', 1) and t('n', 2) and t('o', 3)
print(r)
r = t('p', 1) and t('q', 0) and t('r', 3)
print(r)
print(all([]), any([]), not not 'x')
