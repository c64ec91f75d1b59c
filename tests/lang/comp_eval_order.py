# Order of evaluation inside comprehensions: clauses left to right, key before value.
def t(label, value):
    print('  eval', label)
    return value


print([t('expr %d' % x, x) for x in t('iter', range(2)) if t('cond %d' % x, True)])
print('---')
print({t('key %d' % x, x): t('value %d' % x, x * 10) for x in range(2)})
print('---')
print([(x, y) for x in t('outer iter', 'ab') for y in t('inner iter ' + x, range(2))])
print('---')
print({t('elem %s' % c, c) for c in 'z'} == {'z'})
print('---')
print([t('a', 1), t('b', 2)][t('index', 1)])
d = {}
d[t('subscript key', 'k')] = t('assigned value', 'v')
print(d)
print('---')
x = [t('left', 1)] + [t('right', 2)]
print(x, t('first arg', 'A') + t('second arg', 'B'))
print('---')
result = [t('cond ' + str(x), x) for x in range(4) if t('f1 %d' % x, x % 2 == 0) if t('f2 %d' % x, x > 0)]
print(result)
print('---')
try:
    [t('ok', 1), t('boom', 1 // 0), t('never', 3)]
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    {t('k1', 'k'): t('v1', 1), t('k2', []): t('v2', 2)}
except TypeError as e:
    print('TypeError:', e)
