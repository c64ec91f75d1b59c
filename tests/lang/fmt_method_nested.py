# Nested format specs and conversions in str.format.
print('{0:{1}}|{0:>{1}}|{0:^{1}}|'.format('w', 5), '{:{}}'.format('a', 3), '{:{}{}}'.format(7, '>', 4))
print('{0:{fill}{align}{width}.{prec}f}'.format(3.14159, fill='*', align='^', width=12, prec=3))
print('{:{w}.{p}}'.format('abcdef', w=6, p=2), '{0:{1}{2}}'.format(255, '#', 'x'), '{:{}}{}'.format(1, 2, 3))
print('{0!r:{1}}'.format('q', 6), '{0!s:*^{1}}'.format(12, 6), '{0!a:>{w}}'.format('é', w=8))
print('{:{}}'.format(12, ''), '{0:{1}}'.format(3.5, ''), '{:{}}'.format('x', '>0'))
for conv in ('r', 's', 'a'):
    print(('{!' + conv + '}').format('tab\té'), ('{!' + conv + ':>12}').format('x'), ('{0!' + conv + '}').format(None))
def show(fmt, *args, **kw):
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)
show('{0:{1:{2}}}', 'abc', 's', '')
show('{:{:{}}}', 1, 2, 3)
show('{0:{a}}', 1)
show('{0:{1}}', 1)
show('{0:{}}', 1, 2)
show('{:{0}}', 1, 2)
show('{0:{1}}', 'x', 'q')
show('{0:{1}}', 'x', 5.5)
show('{!r:{}}', 'x', 4)
show('{0:{1}d}', 42, 6)
show('{a:{b}}', a=3.5, b='.2%')
