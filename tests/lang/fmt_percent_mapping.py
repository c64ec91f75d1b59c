# % formatting with a mapping, and with non-tuple right operands.
d = {'name': 'Ann', 'age': 30, 'pi': 3.14159, '': 'empty', 'a b': 'space', 'p(q)': 'parens'}
print('%(name)s is %(age)d' % d, '%(pi).2f|%(pi)10.3e|%(age)+05d' % d, '%()s %(a b)s' % d)
print('%(name)r %(name)a %(age)x %(age)o %(name)-6s|' % d, '%(p(q))s' % d)
print('%(name)s %(name)s' % d, '%%(name)s' % d, '%(age)s%%' % d)
print('%s' % d == str(d), '%s' % [1, 2], '%s' % (1,), '%r' % ((),), '%s' % 'x', '%d' % 5)
print('abc' % [], 'abc' % {}, 'abc' % b'x', '%s' % b'x', '%s' % bytearray(b'y'), '%s-%s' % ('a', 'b'))
keys = ['k1', 'k2']
vals = {'k1': 1, 'k2': 'two'}
for k in keys:
    print(('%(' + k + ')s') % vals)
